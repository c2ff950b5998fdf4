package org.unodc.vpi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailSendException;

class OutboxSenderTest {

  /** Stands for the mail library's SMTP exceptions, which carry the server's reply code. */
  static final class SmtpReply extends MessagingException {
    private final int code;

    SmtpReply(int code) {
      super("SMTP " + code);
      this.code = code;
    }

    public int getReturnCode() {
      return code;
    }
  }

  @Test
  void shouldGiveUpOnWhatTheServerRefusesForGood() {
    assertThat(OutboxSender.isPermanent(new MailSendException("refused", new SmtpReply(552)))).isTrue();
    assertThat(OutboxSender.isPermanent(new MailSendException("bad", new AddressException("no @")))).isTrue();
  }

  @Test
  void shouldTryAgainAfterAPassingRefusalOrAnOutage() {
    assertThat(OutboxSender.isPermanent(new MailSendException("later", new SmtpReply(451)))).isFalse();
    assertThat(OutboxSender.isPermanent(new MailSendException("down", new MessagingException("Connection refused"))))
        .isFalse();
  }

  @Test
  void shouldShipASendMarginThatOutlastsTheSlowestSendAndALeaseLongerThanIt() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    Properties config = yaml.getObject();
    Duration slowest = OutboxSender.longestSend(
        millis(config, "spring.mail.properties.mail.smtp.connectiontimeout"),
        millis(config, "spring.mail.properties.mail.smtp.timeout"),
        millis(config, "spring.mail.properties.mail.smtp.writetimeout"));
    Duration margin = Duration.parse(config.getProperty("vpi.mail.outbox.send-margin"));
    Duration lease = Duration.parse(config.getProperty("vpi.mail.outbox.lease"));

    assertThat(slowest).isEqualTo(Duration.ofSeconds(370));
    assertThat(margin).isGreaterThanOrEqualTo(slowest).isLessThan(lease);
  }

  private static Duration millis(Properties config, String key) {
    String value = config.getProperty(key);
    assertThat(value).as(key).isNotNull();
    return Duration.ofMillis(Long.parseLong(value));
  }
}
