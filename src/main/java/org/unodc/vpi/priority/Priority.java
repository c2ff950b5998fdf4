package org.unodc.vpi.priority;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * An engagement priority proposed by civil society: its current text and status, with every
 * revision of the text and every government decision kept.
 */
@Entity
@Table(name = "priority")
public class Priority {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String text;

  @Column(name = "thematic_area")
  private String thematicArea;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PriorityStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "priority_proposer", joinColumns = @JoinColumn(name = "priority_id"))
  @Column(name = "organisation_id")
  private Set<Long> proposerIds = new TreeSet<>();

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @JoinColumn(name = "priority_id", nullable = false, updatable = false)
  @OrderBy("revision")
  private List<PriorityRevision> revisions = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @JoinColumn(name = "priority_id", nullable = false, updatable = false)
  @OrderBy("createdAt, id")
  private List<PriorityComment> comments = new ArrayList<>();

  @Version
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Priority() {}

  Priority(String country, Long initiativeId, int position, String text, String thematicArea,
      Set<Long> proposerIds, String author, Instant now) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.position = position;
    this.text = text;
    this.thematicArea = thematicArea;
    this.proposerIds = new TreeSet<>(proposerIds);
    this.status = PriorityStatus.PROPOSED;
    this.revisions.add(new PriorityRevision(1, text, null, author, now));
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new text: kept as the next revision; the priority goes back to the government. */
  void revise(String newText, String note, String author, Instant now) {
    if (!newText.equals(text)) {
      revisions.add(new PriorityRevision(revisions.size() + 1, newText, note, author, now));
      this.text = newText;
    }
    if (status == PriorityStatus.RETURNED || status == PriorityStatus.WITHDRAWN) {
      this.status = PriorityStatus.UNDER_REVIEW;
    }
    this.updatedAt = now;
  }

  void decide(PriorityStatus decision, String comment, String author, Instant now) {
    comments.add(new PriorityComment(decision, comment, author, now));
    this.status = decision;
    this.updatedAt = now;
  }

  void withdraw(Instant now) {
    this.status = PriorityStatus.WITHDRAWN;
    this.updatedAt = now;
  }

  void classify(String thematicArea, Set<Long> proposerIds, Instant now) {
    this.thematicArea = thematicArea;
    this.proposerIds = new TreeSet<>(proposerIds);
    this.updatedAt = now;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("text", text);
    fields.put("thematicArea", thematicArea);
    fields.put("status", status.name());
    fields.put("proposerIds", List.copyOf(proposerIds));
    fields.put("decisionComment", comments.isEmpty() ? null : comments.get(comments.size() - 1).getComment());
    return fields;
  }

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public String getThematicArea() {
    return thematicArea;
  }

  public PriorityStatus getStatus() {
    return status;
  }

  public Set<Long> getProposerIds() {
    return Set.copyOf(proposerIds);
  }

  public List<PriorityRevision> getRevisions() {
    return List.copyOf(revisions);
  }

  public List<PriorityComment> getComments() {
    return List.copyOf(comments);
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
