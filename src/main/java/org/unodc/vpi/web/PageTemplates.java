package org.unodc.vpi.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The platform's few HTML pages ({@code pages/*.html}), words from {@code messages*.properties}.
 * A Thymeleaf engine of their own: there are no Spring MVC views, and mails have theirs.
 */
@Component
public class PageTemplates {

  /** Inline styles only: no script, nothing loaded from elsewhere; forms post back to the platform. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public PageTemplates(MessageSource messages) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageTemplates.class.getClassLoader());
    resolver.setPrefix("pages/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setResolvablePatterns(Set.of("mailbox", "invitation"));
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
  }

  public String render(String page, Context context) {
    return engine.process(page, context);
  }
}
