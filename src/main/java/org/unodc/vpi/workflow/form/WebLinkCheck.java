package org.unodc.vpi.workflow.form;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.stereotype.Component;

/** A link people can open: an absolute http or https address with a host. */
@Component
public class WebLinkCheck implements FieldCheck {

  @Override
  public String name() {
    return "webLink";
  }

  @Override
  public boolean accepts(Object value) {
    try {
      URI uri = new URI(value.toString().strip());
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
