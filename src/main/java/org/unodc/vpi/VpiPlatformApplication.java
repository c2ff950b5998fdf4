package org.unodc.vpi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The VPI platform: Camunda 7 with the processes, forms and roles of a Voluntary Pilot Initiative. */
@SpringBootApplication
public class VpiPlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(VpiPlatformApplication.class, args);
  }
}
