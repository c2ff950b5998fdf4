package org.unodc.vpi.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

  boolean existsByDedupKey(String dedupKey);

  @Query("select m.id from OutboxMail m where m.status = org.unodc.vpi.notification.MailStatus.PENDING"
      + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
  List<Long> findDue(@Param("now") Instant now, Pageable page);

  /**
   * Claims due mails for one sender pass of node {@code node}: only rows still PENDING are taken, so
   * two senders (or two nodes) never both send the same mail.
   */
  @Modifying
  @Query("update OutboxMail m set m.status = org.unodc.vpi.notification.MailStatus.SENDING,"
      + " m.claimToken = :token, m.claimedBy = :node, m.claimedAt = :now, m.version = m.version + 1"
      + " where m.id in :ids and m.status = org.unodc.vpi.notification.MailStatus.PENDING")
  int claim(@Param("ids") Collection<Long> ids, @Param("token") String token, @Param("node") String node,
      @Param("now") Instant now);

  List<OutboxMail> findByClaimTokenOrderById(String claimToken);

  /**
   * A node takes back, at the start of each of its passes, what it had claimed before: its passes run
   * one at a time, so none of it is being sent (an earlier pass failed, or the node restarted).
   */
  @Modifying
  @Query("update OutboxMail m set m.status = org.unodc.vpi.notification.MailStatus.PENDING, m.claimToken = null,"
      + " m.claimedBy = null, m.version = m.version + 1"
      + " where m.status = org.unodc.vpi.notification.MailStatus.SENDING and m.claimedBy = :node")
  int releaseClaimsOf(@Param("node") String node);

  /** Claims of one pass that were not sent (the pass stopped early): back to the queue. */
  @Modifying
  @Query("update OutboxMail m set m.status = org.unodc.vpi.notification.MailStatus.PENDING, m.claimToken = null,"
      + " m.claimedBy = null, m.version = m.version + 1"
      + " where m.status = org.unodc.vpi.notification.MailStatus.SENDING and m.claimToken = :token")
  int releaseClaim(@Param("token") String token);

  /** Still claimed by this pass (not taken back meanwhile): the check just before sending it. */
  @Query("select count(m) from OutboxMail m where m.id = :id and m.claimToken = :token"
      + " and m.status = org.unodc.vpi.notification.MailStatus.SENDING")
  long countClaimed(@Param("id") Long id, @Param("token") String token);

  /** Claims of nodes whose lease ran out (they stopped and did not come back): back to the queue. */
  @Modifying
  @Query("update OutboxMail m set m.status = org.unodc.vpi.notification.MailStatus.PENDING, m.claimToken = null,"
      + " m.claimedBy = null, m.version = m.version + 1"
      + " where m.status = org.unodc.vpi.notification.MailStatus.SENDING and (m.claimedBy is null"
      + " or m.claimedBy not in (select n.nodeId from OutboxNode n where n.leaseUntil >= :now))")
  int releaseAbandoned(@Param("now") Instant now);

  @Query("select distinct m.recipientUserId from OutboxMail m"
      + " where m.status = org.unodc.vpi.notification.MailStatus.HELD")
  List<String> findHoldingRecipients();

  List<OutboxMail> findByRecipientUserIdAndStatusOrderById(String recipientUserId, MailStatus status);

  Page<OutboxMail> findByStatus(MailStatus status, Pageable page);

  long countByStatus(MailStatus status);
}
