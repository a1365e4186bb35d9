package org.gridgov.scoring;

import java.util.List;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketStore;

/**
 * Where scoring looks back for a ticket's earlier events (历史事件来源) when it meets an event whose
 * predecessors it has not seen: the ticket store, typically. Looking back only brings the scorer
 * up to date; the events looked up are not counted (they belong to whoever was fed them), so
 * shards that look back still add up to the one-pass figures.
 */
@FunctionalInterface
public interface HistorySource {
  /** The ticket's whole log in version order; empty for an unknown ticket. */
  List<TicketEvent> events(TicketId ticket);

  /** A source that knows no ticket: every event must follow its predecessors in the feed. */
  static HistorySource none() {
    return NoHistory.INSTANCE;
  }

  /** The store's logs. */
  static HistorySource of(TicketStore store) {
    if (store == null) {
      throw new MissingValueException("store");
    }
    return store::events;
  }

  /** The source that knows no ticket. */
  enum NoHistory implements HistorySource {
    INSTANCE;

    @Override
    public List<TicketEvent> events(TicketId ticket) {
      return List.of();
    }
  }
}
