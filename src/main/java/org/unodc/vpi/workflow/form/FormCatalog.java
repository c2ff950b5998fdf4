package org.unodc.vpi.workflow.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The Camunda Forms shipped on the classpath under {@code forms/}, by form id. */
public final class FormCatalog {

  private final Map<String, FormDefinition> forms;

  private FormCatalog(Map<String, FormDefinition> forms) {
    this.forms = forms;
  }

  /** Loads every {@code forms/**}{@code /*.form} resource of the classpath. */
  public static FormCatalog fromClasspath() {
    Map<String, FormDefinition> forms = new TreeMap<>();
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          FormDefinition form = FormDefinition.read(in);
          forms.put(form.id(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms on the classpath", e);
    }
    return new FormCatalog(forms);
  }

  public Optional<FormDefinition> find(String formId) {
    return Optional.ofNullable(forms.get(formId));
  }

  public Map<String, FormDefinition> all() {
    return Map.copyOf(forms);
  }
}
