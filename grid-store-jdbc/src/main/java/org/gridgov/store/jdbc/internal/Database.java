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

  /**
   * @param dataSource a pool whose connections use {@code schema} (search path)
   * @param schema the schema the tables live in
   */
  public Database(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.schema = schema;
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

  /** Runs {@code work} on a connection in auto-commit mode (each statement its own transaction). */
  public <T> T call(String what, Function<Handle, T> work) {
    try {
      return jdbi.withHandle(work::apply);
    } catch (RuntimeException e) {
      throw Errors.translate(what, e);
    }
  }

  /** Runs {@code work} in one READ COMMITTED transaction: committed when it returns, rolled back when it throws. */
  public <T> T transaction(String what, Function<Handle, T> work) {
    try {
      return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::apply);
    } catch (RuntimeException e) {
      throw Errors.translate(what, e);
    }
  }
}
