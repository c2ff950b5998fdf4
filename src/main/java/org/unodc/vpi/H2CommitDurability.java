package org.unodc.vpi;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On an H2 file database, every commit is written to the database file before it returns, so a
 * request answered 2xx survives the platform being killed (kill -9, out of memory) right after.
 *
 * <p>By default H2 keeps committed changes in the JVM's memory and writes them in the background
 * up to {@code WRITE_DELAY} (500 ms) later, and later still when it is busy: killed in that
 * time, H2 opens again without them, though the requests that made them were answered 2xx. With
 * {@code WRITE_DELAY=0} H2 writes on each commit (measured with bench/crash-drill.sh, see
 * docs/reliability.md). The setting is added to any H2 URL that is not in memory; a URL that
 * asks for a delay is refused, since it would break that promise.
 */
@Component
class H2CommitDurability implements BeanPostProcessor {

  private static final Pattern WRITE_DELAY = Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*([^;]*)",
      Pattern.CASE_INSENSITIVE);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    // Before the pool's first connection, which is when H2 opens the database with the URL's settings.
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
      pool.setJdbcUrl(durable(pool.getJdbcUrl()));
    }
    return bean;
  }

  /** The URL with {@code WRITE_DELAY=0} for an H2 database on disk; any other URL as it is. */
  static String durable(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:")) {
      return url;
    }
    Matcher delay = WRITE_DELAY.matcher(url);
    if (!delay.find()) {
      return url + ";WRITE_DELAY=0";
    }
    if (!delay.group(1).trim().equals("0")) {
      throw new IllegalStateException("The database URL sets WRITE_DELAY=" + delay.group(1).trim() + ": H2 would"
          + " then keep committed changes in memory for that long, and a crash would lose work the platform"
          + " has already confirmed. Remove WRITE_DELAY from SPRING_DATASOURCE_URL (the platform sets it to 0).");
    }
    return url;
  }
}
