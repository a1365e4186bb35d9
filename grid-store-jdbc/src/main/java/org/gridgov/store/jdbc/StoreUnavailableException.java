package org.gridgov.store.jdbc;

import org.gridgov.core.GridGovException;

/**
 * The database could not be reached (数据库不可用): the pool is closed, the connection dropped, or the
 * server is down or restarting. The operation failed as a whole: a read returned nothing, an append
 * was rolled back — except when the connection dropped while the commit itself was in flight, when
 * the outcome is unknown. Retrying is safe: an append that did commit makes its retry a
 * {@link org.gridgov.core.ConflictException} (the ticket is already at the later version; re-read),
 * an award that did commit makes its retry book nothing.
 */
public class StoreUnavailableException extends GridGovException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field what was being done, for example {@code append}
   * @param value the SQL state or the pool's state
   * @param rule what went wrong and what to do
   * @param cause the driver's or the pool's exception
   */
  public StoreUnavailableException(String field, String value, String rule, Throwable cause) {
    super(field, value, rule, cause);
  }
}
