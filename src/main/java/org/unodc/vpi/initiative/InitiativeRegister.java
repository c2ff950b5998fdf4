package org.unodc.vpi.initiative;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of VPIs: one row per initiative the State consented to, opened and later closed. */
@Service
public class InitiativeRegister {

  static final String OPEN = "OPEN";
  static final String CLOSED = "CLOSED";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  @Autowired
  public InitiativeRegister(JdbcTemplate jdbc) {
    this(jdbc, Clock.systemUTC());
  }

  InitiativeRegister(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Registers a VPI and gives it the next reference of its country and year. */
  @Transactional
  public RegisteredInitiative register(NewInitiative initiative) {
    Instant now = clock.instant();
    int year = Year.now(clock).getValue();
    String prefix = "VPI-" + initiative.country() + "-" + year + "-";
    Integer existing = jdbc.queryForObject(
        "select count(*) from vpi_initiative where reference like ?", Integer.class, prefix + "%");
    String reference = prefix + (Objects.requireNonNullElse(existing, 0) + 1);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(
          "insert into vpi_initiative (reference, country, title, thematic_focus, review_cluster,"
              + " collaboration_level, consent_date, status, opened_at) values (?,?,?,?,?,?,?,?,?)",
          Statement.RETURN_GENERATED_KEYS);
      insert.setString(1, reference);
      insert.setString(2, initiative.country());
      insert.setString(3, initiative.title());
      insert.setString(4, initiative.thematicFocus());
      insert.setString(5, initiative.reviewCluster());
      insert.setString(6, initiative.collaborationLevel());
      insert.setDate(7, Date.valueOf(initiative.consentDate()));
      insert.setString(8, OPEN);
      insert.setTimestamp(9, Timestamp.from(now));
      return insert;
    }, key);
    long id = Objects.requireNonNull(key.getKey(), "generated id").longValue();
    return new RegisteredInitiative(id, reference);
  }

  /** Marks a VPI closed once all its steps have ended. */
  @Transactional
  public void close(long id) {
    int updated = jdbc.update("update vpi_initiative set status = ?, closed_at = ? where id = ?",
        CLOSED, Timestamp.from(clock.instant()), id);
    if (updated != 1) {
      throw new IllegalArgumentException("No initiative with id " + id);
    }
  }

  /** The status of a VPI, {@code OPEN} or {@code CLOSED}. */
  public String statusOf(long id) {
    return jdbc.queryForObject("select status from vpi_initiative where id = ?", String.class, id);
  }
}
