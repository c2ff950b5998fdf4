package org.unodc.vpi;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The VPI platform: Camunda 7 with the processes, forms and roles of a Voluntary Pilot Initiative. */
@SpringBootApplication
public class VpiPlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(VpiPlatformApplication.class, args);
  }

  /** The one clock records are stamped with; tests replace it to fix "now". */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
