package org.gridgov.workflow.spi;

import org.gridgov.workflow.testing.TicketStoreContract;

// snippet: workflow-store-contract
/** The in-memory store passes the store contract; an adapter's test is the same with its own store. */
class InMemoryTicketStoreTest extends TicketStoreContract {
  @Override
  protected TicketStore newStore() {
    return new InMemoryTicketStore();
  }
}
// end snippet
