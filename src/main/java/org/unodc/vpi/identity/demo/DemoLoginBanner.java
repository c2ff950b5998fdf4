package org.unodc.vpi.identity.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unodc.vpi.identity.Roles;

/** Prints where the platform is and how to log in, once the demo is ready. */
@Component
@Profile("demo")
public class DemoLoginBanner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoLoginBanner.class);

  private final String password;
  private final String adminId;

  public DemoLoginBanner(@Value("${vpi.demo.password}") String password,
      @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {
    this.password = password;
    this.adminId = adminId;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  public void print(ApplicationReadyEvent event) {
    int port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort() : 8080;
    StringBuilder text = new StringBuilder()
        .append("\n\n==================================================================\n")
        .append(" VPI platform (demo) is running\n")
        .append(" Tasklist:    http://localhost:").append(port).append("/camunda/app/tasklist/\n")
        .append(" Cockpit:     http://localhost:").append(port).append("/camunda/app/cockpit/\n")
        .append(" REST API:    http://localhost:").append(port).append("/engine-rest (HTTP basic auth)\n")
        .append(" Records API: http://localhost:").append(port).append("/api (HTTP basic auth)\n")
        .append(" API docs:    http://localhost:").append(port).append("/swagger-ui.html (OpenAPI: /v3/api-docs)\n")
        .append(" Mails sent:  http://localhost:").append(port).append("/api/mailbox (coordinators; caught by the embedded SMTP server)\n")
        .append(" Demo users (password for all: ").append(password).append("):\n");
    for (DemoUser user : DemoData.USERS) {
      text.append(String.format("   %-12s %-48s %s%n", user.id(), Roles.displayName(user.role()),
          user.country() == null ? "all countries" : DemoData.COUNTRIES.get(user.country()) + " (" + user.country() + ")"));
    }
    text.append(String.format("   %-12s %s%n", adminId, "Platform administrator"))
        .append("==================================================================\n");
    LOG.info(text.toString());
  }
}
