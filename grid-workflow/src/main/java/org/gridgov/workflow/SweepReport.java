package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import org.gridgov.core.MissingValueException;

/**
 * What one run of the service's clock did (时限巡检结果): the tickets it looked at, the events it
 * appended (urging, overdue, timeout transitions such as escalation), the tickets it skipped
 * because a concurrent command won (the next run retries them), and the failures it logged.
 *
 * @param at the instant of the run
 * @param examined how many tickets had an alarm due
 * @param events the events appended, per ticket in version order
 * @param conflicts how many tickets were skipped because another change won
 * @param failures what went wrong, one line per ticket
 */
public record SweepReport(Instant at, int examined, List<TicketEvent> events, int conflicts, List<String> failures) {
  public SweepReport {
    if (at == null || events == null || failures == null) {
      throw new MissingValueException("sweepReport");
    }
    events = List.copyOf(events);
    failures = List.copyOf(failures);
  }
}
