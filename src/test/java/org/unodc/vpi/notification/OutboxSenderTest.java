package org.unodc.vpi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;
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
}
