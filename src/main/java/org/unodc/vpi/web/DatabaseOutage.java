package org.unodc.vpi.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, out of connections) from every other
 * failure, whichever layer wrapped it (Hikari, Hibernate, Spring, MyBatis, the engine): such a
 * request is answered 503 with a Retry-After, since trying again later will work.
 */
public final class DatabaseOutage {

  /** Seconds a client should wait before trying again: about how long PostgreSQL takes to restart. */
  public static final int RETRY_AFTER_SECONDS = 10;

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof java.net.ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
      // Rolling back on a connection the server cut: Spring then reports only this, not the first failure.
      if (cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof SQLException sql
          && (sql.getSQLState() == null || isConnectionState(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * SQL state class 08 (connection exception), and PostgreSQL's 57P01-57P03: the server is shutting
   * down, crashed or is not yet accepting connections.
   */
  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P0"));
  }
}
