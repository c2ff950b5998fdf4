package org.unodc.vpi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the platform refuses to start without a database of the operator's choosing,
 * rather than fall back silently to an in-memory one and lose every VPI at the next restart.
 */
@Component
@Profile("!demo")
public class RequiredProductionSettings {

  public RequiredProductionSettings(@Value("${spring.datasource.url:}") String databaseUrl) {
    if (databaseUrl.isBlank()) {
      throw new IllegalStateException("No database configured. Set SPRING_DATASOURCE_URL (and "
          + "SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), for example "
          + "SPRING_DATASOURCE_URL=jdbc:h2:file:/var/lib/vpi/vpi;DB_CLOSE_ON_EXIT=FALSE, or run the demo profile.");
    }
  }
}
