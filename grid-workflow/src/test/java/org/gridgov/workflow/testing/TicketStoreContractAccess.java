package org.gridgov.workflow.testing;

import java.time.Instant;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/** Ready-made events for tests: a REPORTED event and a note, as the store contract uses them. */
public final class TicketStoreContractAccess {
  private TicketStoreContractAccess() {}

  /** The REPORTED event of a road-damage ticket in 荷韵花园第1网格. */
  public static TicketEvent reported(TicketId id, Instant at) {
    return TicketStoreContract.reported(id, at);
  }

  /** A note at {@code version}. */
  public static TicketEvent note(TicketId id, long version, Instant at, String comment) {
    return TicketStoreContract.note(id, version, at, comment);
  }
}
