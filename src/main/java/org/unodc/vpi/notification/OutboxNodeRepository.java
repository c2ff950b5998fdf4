package org.unodc.vpi.notification;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxNodeRepository extends JpaRepository<OutboxNode, String> {

  /** 1 when the node's lease was still running and now runs until {@code until}; 0 when it had run out (or never was). */
  @Modifying
  @Query("update OutboxNode n set n.leaseUntil = :until where n.nodeId = :node and n.leaseUntil >= :now")
  int renew(@Param("node") String node, @Param("now") Instant now, @Param("until") Instant until);

  @Modifying
  @Query("update OutboxNode n set n.leaseUntil = :until where n.nodeId = :node")
  int extend(@Param("node") String node, @Param("until") Instant until);

  /** Nodes gone long ago (a random port gives a new node at each start): they hold no claim any more. */
  @Modifying
  @Query("delete from OutboxNode n where n.leaseUntil < :before")
  int deleteExpiredBefore(@Param("before") Instant before);
}
