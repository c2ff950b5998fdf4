package org.unodc.vpi.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A government decision on a priority and its comment. Kept for good; never changed. */
@Entity
@Table(name = "priority_comment")
public class PriorityComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PriorityStatus decision;

  @Column(updatable = false)
  private String comment;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PriorityComment() {}

  PriorityComment(PriorityStatus decision, String comment, String author, Instant createdAt) {
    this.decision = decision;
    this.comment = comment;
    this.author = author;
    this.createdAt = createdAt;
  }

  public PriorityStatus getDecision() {
    return decision;
  }

  public String getComment() {
    return comment;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
