package org.gridgov.workflow.spi;

import java.util.List;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;

/**
 * Hears every append (事件监听): plug Kafka, a database, a search index or a read model in here.
 *
 * <p>The service calls listeners on the committing thread after the store's append succeeded,
 * once per append, in registration order. A listener that throws is logged and skipped: the
 * events are already stored and the command succeeded, so a listener can never corrupt the store
 * or fail a command. Under concurrency, two appends to one ticket may reach a listener in either
 * order; their versions are consecutive, so order by {@link TicketEvent#version()} (a Kafka topic
 * keyed by ticket id does).
 */
@FunctionalInterface
public interface TicketListener {
  /**
   * One append has been stored.
   *
   * @param ticket the ticket after the events
   * @param events the events appended, in version order
   */
  void onAppended(Ticket ticket, List<TicketEvent> events);
}
