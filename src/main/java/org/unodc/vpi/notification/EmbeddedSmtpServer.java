package org.unodc.vpi.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An SMTP server inside the platform, on localhost only, so the demo sends mail without a mail
 * server of the user's. Real installations set {@code spring.mail.*} and leave this off.
 */
@Configuration
@ConditionalOnProperty(name = "vpi.mail.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtpServer {

  @Bean(initMethod = "start", destroyMethod = "stop")
  public GreenMail greenMail(@Value("${vpi.mail.embedded-smtp.port}") int port) {
    return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }
}
