package org.unodc.vpi.initiative;

import java.sql.Date;
import java.sql.PreparedStatement;
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

  /** Registers a VPI; its reference names its country, the year it opened and its number. */
  @Transactional
  public RegisteredInitiative register(NewInitiative initiative) {
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(
          "insert into vpi_initiative (country, title, thematic_focus, review_cluster,"
              + " collaboration_level, consent_date, status, opened_at) values (?,?,?,?,?,?,?,?)",
          new String[] {"id"});
      insert.setString(1, initiative.country());
      insert.setString(2, initiative.title());
      insert.setString(3, initiative.thematicFocus());
      insert.setString(4, initiative.reviewCluster());
      insert.setString(5, initiative.collaborationLevel());
      insert.setDate(6, Date.valueOf(initiative.consentDate()));
      insert.setString(7, OPEN);
      insert.setTimestamp(8, Timestamp.from(now));
      return insert;
    }, key);
    long id = Objects.requireNonNull(key.getKey(), "generated id").longValue();
    String reference = "VPI-" + initiative.country() + "-" + Year.now(clock).getValue() + "-" + id;
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
