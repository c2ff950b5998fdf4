package org.unodc.vpi.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free local port for the mail tests, and readers for what it
 * received. Tests point the platform at it with {@link #register} and may stop and start it.
 */
public final class TestSmtp {

  public static final GreenMail SERVER = new GreenMail(new ServerSetup(freePort(), "127.0.0.1",
      ServerSetup.PROTOCOL_SMTP));

  static {
    SERVER.start();
  }

  private TestSmtp() {}

  /** For a {@code @DynamicPropertySource}: the platform sends its mail here. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
  }

  public static void ensureRunning() {
    if (!SERVER.isRunning()) {
      SERVER.start();
    }
  }

  public static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outbox id the platform puts in every mail. */
  public static String mailId(MimeMessage message) {
    try {
      return message.getHeader("X-VPI-Mail-Id")[0];
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part. */
  public static String text(MimeMessage message) {
    Part part = part(message, "text/plain");
    try {
      return part == null ? null : (String) part.getContent();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The iCalendar attachment, or null. */
  public static String calendar(MimeMessage message) {
    Part part = part(message, "text/calendar");
    try {
      return part == null ? null : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Part part(MimeMessage message, String mimeType) {
    try {
      return find((Multipart) message.getContent(), mimeType);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Part find(Multipart multipart, String mimeType) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.isMimeType(mimeType)) {
        return part;
      }
      if (part.getContent() instanceof Multipart nested) {
        Part found = find(nested, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
