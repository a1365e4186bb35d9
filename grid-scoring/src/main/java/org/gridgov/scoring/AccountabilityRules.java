package org.gridgov.scoring;

import java.util.Set;
import org.gridgov.core.TimeLimit;
import org.gridgov.core.TimeLimitUnit;
import org.gridgov.scoring.internal.JsonFields;
import org.immutables.value.Value;

/**
 * The rules that decide who answers for an overdue or reworked ticket and how far it has gone
 * (问责规则), as data.
 *
 * <p>Steps: the workflow's urging events give 催办, 督办 and 通报 ({@link AccountabilityStep#of});
 * reworks give a step by count ({@link #reworksToUrge()} … {@link #reworksToHold()}); a ticket is
 * held to account (问责) when its main limit passed {@link #overduesToHold()} times, or when it
 * stayed open (or closed) more than {@link #holdAfterOverdue()} after its due instant.
 *
 * <p>Who answers: the handling department always (the department the overdue event names, or
 * the one that handled the reworked ticket), and a summoned department that reported in late;
 * the grid leader of the level handling the ticket from {@link #leaderFrom()} on — and from the
 * start when no department holds it; the leaders of every level the ticket was escalated through
 * from {@link #escalationChainFrom()} on.
 */
@Value.Immutable
public abstract class AccountabilityRules {
  private static final Set<String> TOP = Set.of("reworksToUrge", "reworksToSupervise", "reworksToNotify", "reworksToHold",
      "overduesToHold", "holdAfterOverdue", "leaderFrom", "escalationChainFrom");
  private static final Set<String> LIMIT = Set.of("amount", "unit");

  /** Reworks that make 催办. */
  @Value.Default
  public int reworksToUrge() {
    return 1;
  }

  /** Reworks that make 督办. */
  @Value.Default
  public int reworksToSupervise() {
    return 2;
  }

  /** Reworks that make 通报. */
  @Value.Default
  public int reworksToNotify() {
    return 3;
  }

  /** Reworks that make 问责. */
  @Value.Default
  public int reworksToHold() {
    return 4;
  }

  /** Main-limit overdue events (overdue again after an extension) that make 问责. */
  @Value.Default
  public int overduesToHold() {
    return 2;
  }

  /** How long past the due instant an open (or late-closed) ticket may go before 问责. */
  @Value.Default
  public TimeLimit holdAfterOverdue() {
    return TimeLimit.workingDays(5);
  }

  /** The step from which the grid leader of the handling level answers (when a department holds the ticket). */
  @Value.Default
  public AccountabilityStep leaderFrom() {
    return AccountabilityStep.SUPERVISE;
  }

  /** The step from which the leaders of the levels the ticket was escalated through answer. */
  @Value.Default
  public AccountabilityStep escalationChainFrom() {
    return AccountabilityStep.PUBLIC_NOTICE;
  }

  @Value.Check
  protected void check() {
    int[] t = {reworksToUrge(), reworksToSupervise(), reworksToNotify(), reworksToHold()};
    String[] names = {"reworksToUrge", "reworksToSupervise", "reworksToNotify", "reworksToHold"};
    for (int i = 0; i < t.length; i++) {
      if (t[i] < 1) {
        throw new InvalidRulesException(names[i], Integer.toString(t[i]), "must be at least 1");
      }
      if (i > 0 && t[i] < t[i - 1]) {
        throw new InvalidRulesException(names[i], Integer.toString(t[i]),
            "must not be below " + names[i - 1] + " (" + t[i - 1] + "): the steps rise with the reworks");
      }
    }
    if (overduesToHold() < 1) {
      throw new InvalidRulesException("overduesToHold", Integer.toString(overduesToHold()), "must be at least 1");
    }
  }

  /** The defaults: 1, 2, 3, 4 reworks; overdue twice or 5 working days past due; leaders from 督办, the chain from 通报. */
  public static AccountabilityRules standard() {
    return builder().build();
  }

  /**
   * Reads rules from JSON; absent fields take the defaults.
   *
   * @throws InvalidRulesException naming the JSON path of the first fault
   */
  public static AccountabilityRules fromJson(String json) {
    JsonFields top = JsonFields.parse(json, "accountability rules", TOP);
    Builder b = builder();
    top.optionalInteger("reworksToUrge").ifPresent(b::reworksToUrge);
    top.optionalInteger("reworksToSupervise").ifPresent(b::reworksToSupervise);
    top.optionalInteger("reworksToNotify").ifPresent(b::reworksToNotify);
    top.optionalInteger("reworksToHold").ifPresent(b::reworksToHold);
    top.optionalInteger("overduesToHold").ifPresent(b::overduesToHold);
    top.optionalObject("holdAfterOverdue", LIMIT).ifPresent(l -> {
      int amount = l.integer("amount");
      if (amount < 1) {
        throw new InvalidRulesException(l.path() + ".amount", Integer.toString(amount), "must be at least 1");
      }
      b.holdAfterOverdue(new TimeLimit(amount, l.constant("unit", TimeLimitUnit.class)));
    });
    if (top.has("leaderFrom")) {
      b.leaderFrom(top.constant("leaderFrom", AccountabilityStep.class));
    }
    if (top.has("escalationChainFrom")) {
      b.escalationChainFrom(top.constant("escalationChainFrom", AccountabilityStep.class));
    }
    try {
      return b.build();
    } catch (InvalidRulesException e) {
      throw new InvalidRulesException("$." + e.field(), e.value(), e.rule(), e);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AccountabilityRules}. */
  public static class Builder extends ImmutableAccountabilityRules.Builder {}
}
