package org.gridgov.store.jdbc.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.store.jdbc.StoreUnavailableException;
import org.jdbi.v3.core.ConnectionException;

/**
 * Database errors as GridGov's typed errors (错误转换). A lost or refused connection becomes a
 * {@link StoreUnavailableException}; a value out of a column's range an {@link InvalidInputException};
 * unique and foreign-key violations are left to the caller, which knows what they mean (a conflict).
 */
final class Errors {
  /** Unique violation. */
  static final String UNIQUE = "23505";
  /** Foreign-key violation. */
  static final String FOREIGN_KEY = "23503";

  private Errors() {}

  /** The first SQL exception in the cause chain. */
  static Optional<SQLException> sql(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException) {
        return Optional.of((SQLException) c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The SQL state of the first SQL exception, or "". */
  static String state(Throwable t) {
    return sql(t).map(SQLException::getSQLState).map(s -> s == null ? "" : s).orElse("");
  }

  /** True when the connection was lost or could not be had. */
  static boolean unavailable(Throwable t) {
    if (t instanceof ConnectionException) {
      return true;
    }
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof SQLTransientConnectionException || c instanceof SQLRecoverableException
          || c instanceof IOException) {
        return true;
      }
      if (c instanceof SQLException) {
        String s = ((SQLException) c).getSQLState();
        String m = String.valueOf(c.getMessage());
        if (s != null && (s.startsWith("08") || s.startsWith("57P") || s.equals("53300"))) {
          return true;
        }
        if (m.contains("has been closed") || m.contains("This connection has been closed")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The typed error for {@code t} thrown while doing {@code what}: a GridGov error as it is, an
   * unreachable database as {@link StoreUnavailableException}, a value out of range as
   * {@link InvalidInputException}, anything else unchanged.
   */
  static RuntimeException translate(String what, RuntimeException t) {
    if (t instanceof GridGovException) {
      return t;
    }
    if (unavailable(t)) {
      String state = state(t);
      return new StoreUnavailableException(what, state.isEmpty() ? "no connection" : "SQLState " + state,
          "the database cannot be reached (connection refused, lost or the pool closed); nothing was changed, unless "
              + "the connection dropped while a commit was in flight — retry: a repeated append is a conflict, a "
              + "repeated award books nothing", t);
    }
    String state = state(t);
    if (state.startsWith("22")) {
      return new InvalidInputException(what, "SQLState " + state, "a value lies outside what its column holds");
    }
    return t;
  }
}
