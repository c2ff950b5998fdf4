package org.unodc.vpi.taskforce;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TaskForceRepository extends JpaRepository<TaskForce, Long>, JpaSpecificationExecutor<TaskForce> {

  /** The task force a meeting is linked to, if any: a meeting belongs to one task force at most. */
  @Query("select t from TaskForce t join t.meetingIds m where m = :meetingId")
  Optional<TaskForce> findByMeeting(Long meetingId);
}
