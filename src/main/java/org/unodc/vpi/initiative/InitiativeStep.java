package org.unodc.vpi.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a VPI (e.g. priority review) and when it started and ended. */
@Entity
@Table(name = "initiative_step")
public class InitiativeStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String step;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected InitiativeStep() {}

  InitiativeStep(String step, Instant startedAt) {
    this.step = step;
    this.startedAt = startedAt;
  }

  void complete(Instant now) {
    this.completedAt = now;
  }

  public String getStep() {
    return step;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
