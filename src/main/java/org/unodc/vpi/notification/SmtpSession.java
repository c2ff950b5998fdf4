package org.unodc.vpi.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection over which mails go one at a time, so that the outbox can record each as
 * sent the moment the server accepted it ({@link JavaMailSender#send(MimeMessage...)} reports on a
 * whole batch only once it is over). It connects as Spring Boot's configured sender does (host,
 * port, credentials, mail properties); any other {@link JavaMailSender} sends each mail on its own.
 */
final class SmtpSession implements AutoCloseable {

  private final JavaMailSender sender;
  private final Transport transport;

  private SmtpSession(JavaMailSender sender, Transport transport) {
    this.sender = sender;
    this.transport = transport;
  }

  static SmtpSession open(JavaMailSender sender) throws MessagingException {
    if (!(sender instanceof JavaMailSenderImpl configured)) {
      return new SmtpSession(sender, null);
    }
    String protocol = configured.getProtocol() != null ? configured.getProtocol()
        : configured.getSession().getProperty("mail.transport.protocol");
    Transport transport = configured.getSession().getTransport(protocol != null ? protocol : "smtp");
    String username = configured.getUsername() == null || configured.getUsername().isEmpty() ? null
        : configured.getUsername();
    transport.connect(configured.getHost(), configured.getPort(), username, username == null ? null
        : configured.getPassword());
    return new SmtpSession(sender, transport);
  }

  /** Returns once the server accepted the message; throws what it or the connection answered otherwise. */
  void send(MimeMessage message) throws MessagingException {
    if (transport == null) {
      sender.send(message);
      return;
    }
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    // Our messages keep their fixed Message-ID through this (MailMessages).
    message.saveChanges();
    Address[] to = message.getAllRecipients();
    transport.sendMessage(message, to != null ? to : new Address[0]);
  }

  /** False once the connection broke: the mails after it wait for the next pass. */
  boolean isConnected() {
    return transport == null || transport.isConnected();
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // every mail sent was accepted before this: nothing to undo
      }
    }
  }
}
