package org.gridgov.store.jdbc.internal;

import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * One database (数据库句柄): the connection pool behind a {@link Jdbi}, and every call through it
 * with the database's errors turned into GridGov's typed errors ({@link Errors}).
 */
public final class Database {
  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final String schema;
  private final Runnable evict;

  /**
   * @param dataSource a pool whose connections use {@code schema} (search path)
   * @param schema the schema the tables live in
   * @param evict drops the pool's idle connections, called when one turned out dead (the server
   *     restarted, connections were killed), so that the next call opens fresh ones
   */
  public Database(DataSource dataSource, String schema, Runnable evict) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.evict = evict;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
  }

  /** The pool. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The schema the tables live in. */
  public String schema() {
    return schema;
  }

  /**
   * Runs {@code work}, which changes something, on a connection in auto-commit mode (each statement
   * its own transaction). A lost connection is a {@link org.gridgov.store.jdbc.StoreUnavailableException}
   * and is not retried here: whether a commit in flight landed is for the caller to find out.
   */
  public <T> T call(String what, Function<Handle, T> work) {
    try {
      return jdbi.withHandle(work::apply);
    } catch (RuntimeException e) {
      throw failed(what, e);
    }
  }

  /**
   * Runs {@code work}, which only reads, on a connection; when the connection turns out dead it is
   * run once more on a fresh one before the {@link org.gridgov.store.jdbc.StoreUnavailableException}.
   */
  public <T> T read(String what, Function<Handle, T> work) {
    try {
      return jdbi.withHandle(work::apply);
    } catch (RuntimeException e) {
      if (!Errors.unavailable(e)) {
        throw Errors.translate(what, e);
      }
      evict.run();
      return call(what, work);
    }
  }

  /** Runs {@code work} in one READ COMMITTED transaction: committed when it returns, rolled back when it throws. */
  public <T> T transaction(String what, Function<Handle, T> work) {
    try {
      return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::apply);
    } catch (RuntimeException e) {
      throw failed(what, e);
    }
  }

  private RuntimeException failed(String what, RuntimeException e) {
    if (Errors.unavailable(e)) {
      evict.run();
    }
    return Errors.translate(what, e);
  }
}
