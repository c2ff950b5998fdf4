package org.unodc.vpi.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A running platform that sends mail, and until when the mails it claimed are its own. */
@Entity
@Table(name = "mail_outbox_node")
class OutboxNode {

  @Id
  private String nodeId;

  private Instant leaseUntil;

  /** The process start that last renewed the lease (random per start). */
  private String instanceToken;

  protected OutboxNode() {}

  OutboxNode(String nodeId, Instant leaseUntil, String instanceToken) {
    this.nodeId = nodeId;
    this.leaseUntil = leaseUntil;
    this.instanceToken = instanceToken;
  }

  /** True when another process start renewed this lease after {@code instance} did. */
  boolean renewedByAnotherThan(String instance) {
    return instanceToken != null && !instanceToken.equals(instance);
  }

  /** True when the lease had not run out at {@code now}; it then runs until {@code until}, for {@code instance}. */
  boolean renew(Instant now, Instant until, String instance) {
    boolean held = !leaseUntil.isBefore(now);
    leaseUntil = until;
    instanceToken = instance;
    return held;
  }
}
