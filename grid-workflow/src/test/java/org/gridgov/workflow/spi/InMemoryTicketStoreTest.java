package org.gridgov.workflow.spi;

import org.gridgov.workflow.testing.TicketStoreContract;

/** The in-memory store passes the store contract. */
class InMemoryTicketStoreTest extends TicketStoreContract {
  @Override
  protected TicketStore newStore() {
    return new InMemoryTicketStore();
  }
}
