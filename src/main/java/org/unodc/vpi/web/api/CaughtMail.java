package org.unodc.vpi.web.api;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mail the embedded SMTP server caught, as the mailbox page shows it: when it came, to whom,
 * subject, language, the plain-text part and the iCalendar attachment (null when there is none).
 * A part that cannot be read is shown as empty rather than failing the page.
 */
record CaughtMail(Instant receivedAt, String to, String subject, String language, String mailId, String text,
    String calendar) {

  /** Everything the server holds, newest first. */
  static List<StoredMessage> newestFirst(GreenMail server) {
    return server.getManagers().getImapHostManager().getAllMessages().stream()
        .sorted(Comparator.comparing(StoredMessage::getReceivedDate).thenComparing(StoredMessage::getUid).reversed())
        .toList();
  }

  static CaughtMail of(StoredMessage stored) {
    MimeMessage message = stored.getMimeMessage();
    Parts parts = new Parts();
    try {
      parts.collect(message);
    } catch (MessagingException | IOException | RuntimeException e) {
      // Shown without its text: a page of mails must not fail on one odd message.
    }
    return new CaughtMail(stored.getReceivedDate().toInstant(), recipients(message), subject(message),
        header(message, "Content-Language"), header(message, "X-VPI-Mail-Id"), parts.text, parts.calendar);
  }

  private static String recipients(MimeMessage message) {
    try {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      return to == null ? "" : Arrays.stream(to)
          .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
          .collect(Collectors.joining(", "));
    } catch (MessagingException e) {
      return "";
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, ", ");
      return value == null ? "" : value;
    } catch (MessagingException e) {
      return "";
    }
  }

  /** The first plain-text part that is not an attachment, and the first text/calendar part. */
  private static final class Parts {

    private String text;
    private String calendar;

    void collect(Part part) throws MessagingException, IOException {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i));
        }
      } else if (part.isMimeType("text/calendar")) {
        if (calendar == null) {
          calendar = read(part);
        }
      } else if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        if (text == null) {
          text = read(part);
        }
      }
    }

    private static String read(Part part) throws MessagingException, IOException {
      Object content = part.getContent();
      if (content instanceof String string) {
        return string;
      }
      Charset charset = StandardCharsets.UTF_8;
      String name = new ContentType(part.getContentType()).getParameter("charset");
      if (name != null && Charset.isSupported(name)) {
        charset = Charset.forName(name);
      }
      try (InputStream in = part.getInputStream()) {
        return new String(in.readAllBytes(), charset);
      }
    }
  }
}
