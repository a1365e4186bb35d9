package org.gridgov.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.gridgov.core.GridGovJson;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventJson;

/**
 * Events to and from the {@code event jsonb} column (事件编码), personal data masked at rest: the
 * reporter's phone number is stored only masked ({@code maskedPhone}: 138****5678), so an event
 * read back has no phone. Everything else is {@link TicketEventJson#toStorageJson} and reads back
 * equal.
 */
final class EventCodec {
  private EventCodec() {}

  /** The event as stored. */
  static String write(TicketEvent e) {
    Optional<EventPayload.Reported> reported = e.payload(EventPayload.Reported.class);
    if (reported.isEmpty() || reported.get().reporter().phone().isEmpty()) {
      return TicketEventJson.toStorageJson(e);
    }
    EventPayload.Reported r = reported.get();
    Reporter without = new Reporter(r.reporter().kind(), r.reporter().id(), r.reporter().name(), Optional.empty());
    TicketEvent stored = e.withPayload(r.withReporter(without));
    try {
      ObjectNode tree = (ObjectNode) GridGovJson.mapper().readTree(TicketEventJson.toStorageJson(stored));
      ((ObjectNode) tree.path("payload").path("reporter")).put("maskedPhone", r.reporter().maskedPhone().orElseThrow());
      return GridGovJson.mapper().writeValueAsString(tree);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("an event's own JSON always reads back", ex);
    }
  }

  /** The event read back: as written, without the reporter's phone number. */
  static TicketEvent read(String json) {
    return TicketEventJson.fromJson(json);
  }

  /** The event as it is once stored: what {@link #read} gives for {@link #write}. */
  static TicketEvent asStored(TicketEvent e) {
    return read(write(e));
  }
}
