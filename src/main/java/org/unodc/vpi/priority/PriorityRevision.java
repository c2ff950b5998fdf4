package org.unodc.vpi.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One text a priority has had, the first proposal being revision 1. Kept for good. */
@Entity
@Table(name = "priority_revision")
public class PriorityRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(updatable = false)
  private String note;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PriorityRevision() {}

  PriorityRevision(int revision, String text, String note, String author, Instant createdAt) {
    this.revision = revision;
    this.text = text;
    this.note = note;
    this.author = author;
    this.createdAt = createdAt;
  }

  public int getRevision() {
    return revision;
  }

  public String getText() {
    return text;
  }

  public String getNote() {
    return note;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
