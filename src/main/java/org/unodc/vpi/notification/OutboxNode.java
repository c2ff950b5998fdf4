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

  protected OutboxNode() {}

  OutboxNode(String nodeId, Instant leaseUntil) {
    this.nodeId = nodeId;
    this.leaseUntil = leaseUntil;
  }
}
