package org.gridgov.store.jdbc;

import org.gridgov.scoring.spi.PointsStore;
import org.gridgov.scoring.testing.PointsLedgerContract;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The points ledger's rules and properties, unchanged, on the PostgreSQL store. */
class JdbcPointsStoreTest extends PointsLedgerContract {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private static String schema;
  private static JdbcStores stores;

  @BeforeAll
  static void connect() {
    schema = EmbeddedDatabase.uniqueSchema("points");
    stores = DB.connect(schema, 6);
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  @Override
  protected PointsStore newStore() {
    DB.sql(schema, "TRUNCATE points_entry", "ALTER SEQUENCE points_entry_number RESTART");
    return stores.points();
  }
}
