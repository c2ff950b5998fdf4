package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached" (503), however they were wrapped, and which do not. */
class DatabaseOutageTest {

  @Test
  void recognisesAnUnreachableDatabaseThroughItsWrappers() {
    // Hikari gave up waiting for a connection, reported by Spring when a transaction starts.
    assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    // PostgreSQL cut the connection (08006) under an engine query.
    assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("persistence layer",
        new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    // The server is shutting down (57P01).
    assertThat(DatabaseOutage.causedBy(new RuntimeException(
        new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    // Spring reports only the failed rollback on a connection the server closed.
    assertThat(DatabaseOutage.causedBy(new JpaSystemException(new TransactionException(
        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
  }

  @Test
  void doesNotMistakeOtherDatabaseErrorsForAnOutage() {
    assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new JpaSystemException(new RuntimeException("mapping error")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("no database involved"))).isFalse();
  }
}
