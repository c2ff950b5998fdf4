package org.unodc.vpi.notification;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxNodeRepository extends JpaRepository<OutboxNode, String> {

  /** Nodes gone long ago (a random port gives a new node at each start): they hold no claim any more. */
  @Modifying
  @Query("delete from OutboxNode n where n.leaseUntil < :before")
  int deleteExpiredBefore(@Param("before") Instant before);
}
