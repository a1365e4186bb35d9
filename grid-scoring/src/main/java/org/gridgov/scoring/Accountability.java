package org.gridgov.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffAssignment;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.CalendarDataMissingException;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;

/**
 * Decides who answers for an overdue or reworked ticket and how far it has gone (督办问责), from
 * the ticket's history, by {@link AccountabilityRules}. Reads events only; thread-safe.
 *
 * <p>A ticket has a case at an instant when, by then, its main limit passed (an {@code OVERDUE}
 * event of the main clock, a late {@code CLOSED}, or still open past its due instant) or it was
 * reworked ({@code VERIFICATION_FAILED}, {@code REOPENED}). Every step and every party comes
 * with the events behind it.
 */
public final class Accountability {
  private final AccountabilityRules rules;
  private final BusinessCalendar calendar;
  private final Map<String, String> leaderOfGrid;

  private Accountability(AccountabilityRules rules, BusinessCalendar calendar, Roster roster) {
    this.rules = rules;
    this.calendar = calendar;
    this.leaderOfGrid = new HashMap<>();
    if (roster != null) {
      for (StaffAssignment a : roster.assignments()) {
        if (a.role().equals(Role.GRID_LEADER.id())) {
          leaderOfGrid.putIfAbsent(a.grid().value(), a.staffId());
        }
      }
    }
  }

  /** An assessor without a roster: leaders are named by their grid. */
  public static Accountability of(AccountabilityRules rules, BusinessCalendar calendar) {
    return of(rules, calendar, null);
  }

  /** An assessor naming each grid's leader from {@code roster} (role {@code grid-leader}); null for none. */
  public static Accountability of(AccountabilityRules rules, BusinessCalendar calendar, Roster roster) {
    if (rules == null) {
      throw new MissingValueException("rules");
    }
    if (calendar == null) {
      throw new MissingValueException("calendar");
    }
    return new Accountability(rules, calendar, roster);
  }

  /** The rules. */
  public AccountabilityRules rules() {
    return rules;
  }

  /**
   * The case of the ticket whose history is given, as it stood at {@code asOf} (events after it
   * are ignored); empty when the ticket was neither overdue nor reworked by then.
   *
   * @throws InvalidInputException when the history does not start at version 1 with consecutive
   *     versions of one ticket
   */
  public Optional<AccountabilityCase> assess(List<TicketEvent> history, Instant asOf) {
    if (history == null) {
      throw new MissingValueException("history");
    }
    if (asOf == null) {
      throw new MissingValueException("asOf");
    }
    if (history.isEmpty()) {
      throw new InvalidInputException("history", "[]", "a ticket's history starts with its REPORTED event");
    }
    for (int i = 0; i < history.size(); i++) {
      TicketEvent e = history.get(i);
      if (e == null || e.version() != i + 1 || !e.ticketId().equals(history.get(0).ticketId())) {
        throw new InvalidInputException("history[" + i + "]", e == null ? "null" : e.ticketId() + " v" + e.version(),
            "a history holds one ticket's events with versions 1, 2, 3, … in order");
      }
    }
    List<TicketEvent> events = new ArrayList<>();
    for (TicketEvent e : history) {
      if (e.occurredAt().isAfter(asOf)) {
        break;
      }
      events.add(e);
    }
    if (events.isEmpty()) {
      return Optional.empty();
    }
    TicketEvent first = events.get(0);
    TicketEvent last = events.get(events.size() - 1);

    List<TicketEvent> overdue = new ArrayList<>();
    List<TicketEvent> reworks = new ArrayList<>();
    List<TicketEvent> lateReportIns = new ArrayList<>();
    List<TicketEvent> escalations = new ArrayList<>();
    TicketEvent closedLate = null;
    boolean open = true;
    for (TicketEvent e : events) {
      switch (e.type()) {
        case OVERDUE: {
          String clock = ((EventPayload.Overdue) e.payload()).clock();
          if (EventPayload.Overdue.MAIN.equals(clock)) {
            overdue.add(e);
          } else if (EventPayload.Overdue.REPORT_IN.equals(clock)) {
            lateReportIns.add(e);
          }
          break;
        }
        case VERIFICATION_FAILED:
        case REOPENED:
          reworks.add(e);
          break;
        case ESCALATED:
          escalations.add(e);
          break;
        case CLOSED:
          open = false;
          if (!((EventPayload.Closed) e.payload()).onTime()) {
            closedLate = e;
          }
          break;
        case REJECTED:
        case CANCELLED:
          open = false;
          break;
        default:
          break;
      }
    }
    Optional<Deadline> current = last.deadline();
    boolean pastDueNow = open && current.isPresent() && current.get().isOverdueAt(asOf);
    boolean isOverdue = !overdue.isEmpty() || closedLate != null || pastDueNow;
    if (!isOverdue && reworks.isEmpty()) {
      return Optional.empty();
    }

    Map<AccountabilityStep, StepReached> steps = new EnumMap<>(AccountabilityStep.class);
    for (TicketEvent e : events) {
      if (e.type() == TicketEventType.URGED) {
        EventPayload.Urged u = (EventPayload.Urged) e.payload();
        reach(steps, AccountabilityStep.of(u.level()), e.occurredAt(),
            u.level().name().toLowerCase(java.util.Locale.ROOT) + (u.automatic() ? " by the clock" : " by hand")
                + u.department().map(d -> " (" + d + ")").orElse(""), List.of(EventRef.of(e)));
      }
    }
    for (int k = 1; k <= reworks.size(); k++) {
      TicketEvent e = reworks.get(k - 1);
      List<EventRef> so = refs(reworks.subList(0, k));
      String why = k + (k == 1 ? " rework" : " reworks");
      if (k == rules.reworksToUrge()) {
        reach(steps, AccountabilityStep.URGE, e.occurredAt(), why, so);
      }
      if (k == rules.reworksToSupervise()) {
        reach(steps, AccountabilityStep.SUPERVISE, e.occurredAt(), why, so);
      }
      if (k == rules.reworksToNotify()) {
        reach(steps, AccountabilityStep.PUBLIC_NOTICE, e.occurredAt(), why, so);
      }
      if (k == rules.reworksToHold()) {
        reach(steps, AccountabilityStep.HOLD_ACCOUNTABLE, e.occurredAt(), why, so);
      }
    }
    if (overdue.size() >= rules.overduesToHold()) {
      TicketEvent e = overdue.get(rules.overduesToHold() - 1);
      reach(steps, AccountabilityStep.HOLD_ACCOUNTABLE, e.occurredAt(), "main limit passed " + rules.overduesToHold()
          + " times", refs(overdue.subList(0, rules.overduesToHold())));
    }
    try {
      if (closedLate != null) {
        EventPayload.Closed c = (EventPayload.Closed) closedLate.payload();
        if (c.dueAt().isPresent()) {
          Instant hold = calendar.dueAt(c.dueAt().get(), rules.holdAfterOverdue());
          if (closedLate.occurredAt().isAfter(hold)) {
            List<EventRef> ev = new ArrayList<>(refs(overdue));
            ev.add(EventRef.of(closedLate));
            reach(steps, AccountabilityStep.HOLD_ACCOUNTABLE, closedLate.occurredAt(), "closed more than "
                + rules.holdAfterOverdue() + " after its due instant " + c.dueAt().get(), ev);
          }
        }
      } else if (pastDueNow) {
        Instant hold = calendar.dueAt(current.get().dueAt(), rules.holdAfterOverdue());
        if (asOf.isAfter(hold)) {
          List<EventRef> ev = overdue.isEmpty() ? List.of(EventRef.of(last)) : refs(overdue);
          reach(steps, AccountabilityStep.HOLD_ACCOUNTABLE, hold, "still open more than " + rules.holdAfterOverdue()
              + " after its due instant " + current.get().dueAt(), ev);
        }
      }
    } catch (CalendarDataMissingException e) {
      // no calendar for the year: the time-based 问责 cannot be decided; the other steps stand
    }
    if (steps.isEmpty()) {
      TicketEvent cause = !overdue.isEmpty() ? overdue.get(0) : closedLate != null ? closedLate
          : !reworks.isEmpty() ? reworks.get(0) : last;
      reach(steps, AccountabilityStep.URGE, cause.occurredAt(), isOverdue ? "overdue" : "reworked", List.of(EventRef.of(cause)));
    }
    AccountabilityStep step = java.util.Collections.max(steps.keySet());

    // who answers
    List<AnswerableParty> parties = new ArrayList<>();
    Map<String, List<TicketEvent>> departments = new LinkedHashMap<>();
    Map<GridCode, List<TicketEvent>> levels = new LinkedHashMap<>();
    Map<GridCode, Boolean> withoutDepartment = new HashMap<>();
    List<TicketEvent> causes = new ArrayList<>(overdue);
    if (closedLate != null) {
      causes.add(closedLate);
    }
    if (pastDueNow && overdue.isEmpty()) {
      causes.add(last);
    }
    causes.addAll(reworks);
    causes.sort(Comparator.comparingLong(TicketEvent::version));
    for (TicketEvent e : causes) {
      Optional<String> d = e.type() == TicketEventType.OVERDUE ? ((EventPayload.Overdue) e.payload()).department() : e.department();
      d.ifPresent(x -> departments.computeIfAbsent(x, k -> new ArrayList<>()).add(e));
      levels.computeIfAbsent(e.handlingGrid(), k -> new ArrayList<>()).add(e);
      if (d.isEmpty()) {
        withoutDepartment.put(e.handlingGrid(), true);
      }
    }
    departments.forEach((d, ev) -> parties.add(new AnswerableParty(PartyKind.HANDLING_DEPARTMENT, d, Optional.empty(),
        Optional.empty(), "held the ticket when it " + what(ev), refs(ev))));
    Map<String, List<TicketEvent>> late = new LinkedHashMap<>();
    for (TicketEvent e : lateReportIns) {
      ((EventPayload.Overdue) e.payload()).department().ifPresent(d -> late.computeIfAbsent(d, k -> new ArrayList<>()).add(e));
    }
    late.forEach((d, ev) -> parties.add(new AnswerableParty(PartyKind.SUMMONED_DEPARTMENT, d, Optional.empty(),
        Optional.empty(), "was summoned by an escalation and reported in late", refs(ev))));
    boolean leaders = step.compareTo(rules.leaderFrom()) >= 0;
    levels.forEach((g, ev) -> {
      if (leaders || withoutDepartment.containsKey(g)) {
        parties.add(new AnswerableParty(PartyKind.GRID_LEADER, g.value(), Optional.of(g), Optional.ofNullable(leaderOfGrid.get(g.value())),
            withoutDepartment.containsKey(g) ? "the ticket was at this level with no department" : "leads the level handling the ticket, "
                + "which reached " + step.chineseName(), refs(ev)));
      }
    });
    if (step.compareTo(rules.escalationChainFrom()) >= 0) {
      Map<GridCode, List<TicketEvent>> chain = new LinkedHashMap<>();
      for (TicketEvent e : escalations) {
        EventPayload.Escalated x = (EventPayload.Escalated) e.payload();
        chain.computeIfAbsent(x.from(), k -> new ArrayList<>()).add(e);
        chain.computeIfAbsent(x.to(), k -> new ArrayList<>()).add(e);
      }
      chain.forEach((g, ev) -> {
        if (!levels.containsKey(g) || !(leaders || withoutDepartment.containsKey(g))) {
          parties.add(new AnswerableParty(PartyKind.ESCALATION_LEVEL, g.value(), Optional.of(g),
              Optional.ofNullable(leaderOfGrid.get(g.value())), "a level of the escalation chain (网格吹哨)", refs(ev)));
        }
      });
    }
    Set<AccountabilityCause> causeSet = EnumSet.noneOf(AccountabilityCause.class);
    if (isOverdue) {
      causeSet.add(AccountabilityCause.OVERDUE);
    }
    if (!reworks.isEmpty()) {
      causeSet.add(AccountabilityCause.REWORK);
    }
    TreeSet<EventRef> all = new TreeSet<>();
    steps.values().forEach(s -> all.addAll(s.evidence()));
    parties.forEach(p -> all.addAll(p.evidence()));
    return Optional.of(new AccountabilityCase(first.ticketId(), first.matterType(), first.grid(), causeSet, step,
        new ArrayList<>(steps.values()), parties, new ArrayList<>(all), overdue.size(), reworks.size()));
  }

  /** The cases of all the histories given, by ticket id. */
  public List<AccountabilityCase> assessAll(Collection<List<TicketEvent>> histories, Instant asOf) {
    if (histories == null) {
      throw new MissingValueException("histories");
    }
    List<AccountabilityCase> out = new ArrayList<>();
    for (List<TicketEvent> h : histories) {
      assess(h, asOf).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(AccountabilityCase::ticket));
    return out;
  }

  private static String what(List<TicketEvent> causes) {
    boolean rework = causes.stream().anyMatch(e -> e.type() == TicketEventType.VERIFICATION_FAILED
        || e.type() == TicketEventType.REOPENED);
    boolean late = causes.stream().anyMatch(e -> e.type() != TicketEventType.VERIFICATION_FAILED
        && e.type() != TicketEventType.REOPENED);
    return late && rework ? "went overdue and was reworked" : late ? "went overdue" : "was reworked";
  }

  private static void reach(Map<AccountabilityStep, StepReached> steps, AccountabilityStep step, Instant at, String why,
      List<EventRef> evidence) {
    StepReached before = steps.get(step);
    if (before == null || at.isBefore(before.at())) {
      steps.put(step, new StepReached(step, at, why, evidence));
    }
  }

  private static List<EventRef> refs(List<TicketEvent> events) {
    List<EventRef> out = new ArrayList<>(events.size());
    for (TicketEvent e : events) {
      out.add(EventRef.of(e));
    }
    return out;
  }
}
