package org.gridgov.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.TicketId;

/**
 * The accountability finding for one overdue or reworked ticket (问责认定): the causes, the highest
 * step reached with every step's evidence, and who answers.
 *
 * @param ticket the ticket
 * @param matterType its matter type
 * @param grid its basic grid
 * @param causes overdue, rework or both
 * @param step the highest step reached
 * @param steps every step reached, in order, with evidence
 * @param parties who answers, with evidence
 * @param evidence every event the finding rests on, sorted
 * @param overdues how many times its main limit passed
 * @param reworks how many times it was reworked
 */
public record AccountabilityCase(TicketId ticket, String matterType, GridCode grid, Set<AccountabilityCause> causes,
    AccountabilityStep step, List<StepReached> steps, List<AnswerableParty> parties, List<EventRef> evidence,
    int overdues, int reworks) {
  public AccountabilityCase {
    if (ticket == null || matterType == null || grid == null || causes == null || step == null || steps == null
        || parties == null || evidence == null) {
      throw new MissingValueException("case");
    }
    causes = Set.copyOf(causes);
    steps = List.copyOf(steps);
    parties = List.copyOf(parties);
    evidence = List.copyOf(evidence);
  }

  /** The parties of one kind. */
  public List<AnswerableParty> parties(PartyKind kind) {
    return parties.stream().filter(p -> p.kind() == kind).toList();
  }

  /** The handling department, when one answers. */
  public Optional<String> handlingDepartment() {
    return parties(PartyKind.HANDLING_DEPARTMENT).stream().map(AnswerableParty::id).reduce((a, b) -> b);
  }
}
