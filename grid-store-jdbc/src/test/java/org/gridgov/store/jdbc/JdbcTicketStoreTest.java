package org.gridgov.store.jdbc;

import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.TicketStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL ticket store passes the store contract, head queries included. */
class JdbcTicketStoreTest extends TicketStoreContract {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private static String schema;
  private static JdbcStores stores;

  @BeforeAll
  static void connect() {
    schema = EmbeddedDatabase.uniqueSchema("tickets");
    stores = DB.connect(schema, 6);
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  // snippet: store-contract
  @Override
  protected TicketStore newStore() {
    DB.sql(schema, "TRUNCATE ticket_event, ticket_head, ticket_outbox, grid_numbering");
    return stores.tickets(contractTree());
  }
  // end snippet
}
