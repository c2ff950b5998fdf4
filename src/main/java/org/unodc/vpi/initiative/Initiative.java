package org.unodc.vpi.initiative;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A VPI the State consented to: what it is about, where it stands, and when each step ran. */
@Entity
@Table(name = "vpi_initiative")
public class Initiative {

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(nullable = false)
  private String title;

  @Column(name = "thematic_focus", nullable = false)
  private String thematicFocus;

  @Column(name = "review_cluster", nullable = false)
  private String reviewCluster;

  @Column(name = "collaboration_level", nullable = false)
  private String collaborationLevel;

  @Column(name = "consent_date", nullable = false)
  private LocalDate consentDate;

  @Column(nullable = false)
  private String status;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "initiative_id", nullable = false, updatable = false)
  @OrderBy("startedAt, id")
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  private List<InitiativeStep> steps = new ArrayList<>();

  @Version
  private long version;

  protected Initiative() {}

  Initiative(NewInitiative initiative, Instant now) {
    this.country = initiative.country();
    this.title = initiative.title();
    this.thematicFocus = initiative.thematicFocus();
    this.reviewCluster = initiative.reviewCluster();
    this.collaborationLevel = initiative.collaborationLevel();
    this.consentDate = initiative.consentDate();
    this.status = OPEN;
    this.openedAt = now;
  }

  /** The reference people quote: country, year opened, number, e.g. {@code VPI-BRA-2026-1}. */
  public String getReference() {
    return "VPI-" + country + "-" + openedAt.atZone(ZoneOffset.UTC).getYear() + "-" + id;
  }

  void close(Instant now) {
    this.status = CLOSED;
    this.closedAt = now;
  }

  void stepStarted(String step, Instant now) {
    if (stepNamed(step).isEmpty()) {
      steps.add(new InitiativeStep(step, now));
    }
  }

  void stepCompleted(String step, Instant now) {
    stepNamed(step).orElseGet(() -> {
      InitiativeStep started = new InitiativeStep(step, now);
      steps.add(started);
      return started;
    }).complete(now);
  }

  private Optional<InitiativeStep> stepNamed(String step) {
    return steps.stream().filter(s -> s.getStep().equals(step)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
  }

  public String getTitle() {
    return title;
  }

  public String getThematicFocus() {
    return thematicFocus;
  }

  public String getReviewCluster() {
    return reviewCluster;
  }

  public String getCollaborationLevel() {
    return collaborationLevel;
  }

  public LocalDate getConsentDate() {
    return consentDate;
  }

  public String getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<InitiativeStep> getSteps() {
    return List.copyOf(steps);
  }

  public long getVersion() {
    return version;
  }
}
