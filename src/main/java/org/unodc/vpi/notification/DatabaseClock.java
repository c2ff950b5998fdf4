package org.unodc.vpi.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's time, which every node sharing the database reads alike: leases are written and
 * compared in it, so the nodes' own clocks may disagree (H2 and PostgreSQL both answer this query).
 */
@Component
class DatabaseClock {

  private final JdbcTemplate jdbc;

  DatabaseClock(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Instant now() {
    return jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
  }
}
