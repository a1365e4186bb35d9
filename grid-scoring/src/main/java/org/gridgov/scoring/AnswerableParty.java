package org.gridgov.scoring;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.MissingValueException;

/**
 * Someone answerable for a ticket (责任主体), with the events that make them so.
 *
 * @param kind department, summoned department, grid leader or a level of the escalation chain
 * @param id the department id, or the grid code of the level whose leader answers
 * @param grid the grid level, for leaders
 * @param staffId the leader's staff id, when the roster names one
 * @param why in words
 * @param evidence the events behind it
 */
public record AnswerableParty(PartyKind kind, String id, Optional<GridCode> grid, Optional<String> staffId, String why,
    List<EventRef> evidence) {
  public AnswerableParty {
    if (kind == null || id == null || grid == null || staffId == null || why == null || evidence == null) {
      throw new MissingValueException("party");
    }
    evidence = List.copyOf(evidence);
  }
}
