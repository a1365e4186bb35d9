package org.gridgov.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.Outcome;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.UrgingLevel;

/**
 * A ticket on the overdue notice (超期工单): its main limit passed in the period.
 *
 * @param ticket the ticket
 * @param matterType its matter type
 * @param grid its basic grid
 * @param handlingGrid the grid level handling it when it went overdue
 * @param department the department holding it when it (last) went overdue; empty when at a grid level
 * @param dueAt the due instant that passed (the last one, after extensions)
 * @param overdueAt when the overdue event was recorded
 * @param overdues how many times its main limit passed in the period
 * @param urging the highest urging step of the workflow seen in the period (催办, 督办, 通报)
 * @param outcome how it ended within the period; empty when still open at the period's end
 * @param endedAt when it ended
 * @param evidence the period's events behind the entry (overdue, urging, ending), sorted
 */
public record OverdueTicket(TicketId ticket, String matterType, GridCode grid, GridCode handlingGrid,
    Optional<String> department, Instant dueAt, Instant overdueAt, int overdues, UrgingLevel urging,
    Optional<Outcome> outcome, Optional<Instant> endedAt, List<EventRef> evidence) {
  public OverdueTicket {
    if (ticket == null || matterType == null || grid == null || handlingGrid == null || department == null || dueAt == null
        || overdueAt == null || urging == null || outcome == null || endedAt == null || evidence == null) {
      throw new MissingValueException("overdueTicket");
    }
    evidence = List.copyOf(evidence);
  }

  /** True while it was still open at the period's end. */
  public boolean stillOpen() {
    return outcome.isEmpty();
  }
}
