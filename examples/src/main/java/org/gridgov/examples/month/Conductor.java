package org.gridgov.examples.month;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.GridGovException;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.CalendarDataMissingException;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.Summons;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;

/**
 * Moves one ticket along the standard closed loop as its {@link TicketPlan} says (办理推进): looks at
 * the ticket as it stands, sends the one command its state calls for — by the person whose job
 * it is (指挥中心 accepts, dispatches, rates; the department signs, handles, feeds back; the grid
 * worker verifies and whistles; the leader of the level now handling an escalated ticket
 * dispatches or handles it) — and says when to look again, in working time on the calendar, so
 * nobody acts at night or on a public holiday. A command the service refuses (a window closed, the
 * clock escalated the ticket first) changes nothing; the ticket is looked at again later.
 */
final class Conductor {
  private static final Duration WORKING_DAY = Duration.ofHours(7);
  /** An instant after any month simulated: what is planned for then does not happen. */
  static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");
  /** The share of a ticket's pace spent before "handled"; feeding back takes the rest. */
  private static final double HANDLING_SHARE = 0.85;
  private final TicketService service;
  private final Staff staff;
  private final BusinessCalendar calendar;
  private final SplittableRandom random;

  /** One simulated ticket and what has been done to it so far. */
  static final class Case {
    final TicketId id;
    final int number;
    final TicketPlan plan;
    final Principal reporter;
    Instant handleAt;
    boolean whistled;
    boolean returned;
    boolean reworked;
    boolean dissatisfied;
    boolean extensionAsked;
    boolean suspended;
    boolean revisited;
    int refused;

    Case(TicketId id, int number, TicketPlan plan, Principal reporter) {
      this.id = id;
      this.number = number;
      this.plan = plan;
      this.reporter = reporter;
    }
  }

  Conductor(TicketService service, Staff staff, BusinessCalendar calendar, SplittableRandom random) {
    this.service = service;
    this.staff = staff;
    this.calendar = calendar;
    this.random = random;
  }

  /** Acts on the ticket now; when to look at it again, or empty once it is closed. */
  Optional<Instant> act(Case c, Instant now) {
    Principal centre = staff.centre(c.number);
    Ticket t = service.get(c.id, centre);
    if (!t.isOpen()) {
      return Optional.empty();
    }
    Command command = decide(c, t, now);
    if (command != null) {
      try {
        t = service.execute(command);
      } catch (GridGovException refused) {
        c.refused++;
      }
    }
    return t.isOpen() ? Optional.of(nextLook(c, t, now)) : Optional.empty();
  }

  /** When to look at a ticket just reported for the first time. */
  Instant firstLook(Instant now) {
    return later(now, 5, 40);
  }

  private Command decide(Case c, Ticket t, Instant now) {
    Principal centre = staff.centre(c.number);
    Optional<Summons> pending = t.summons().stream().filter(s -> s.reportedInAt().isEmpty()).findFirst();
    switch (t.state()) {
      case "reported":
        if (c.plan.withdraw()) {
          return t.cancellationRequested() ? Commands.approveCancellation(c.id, centre)
              : Commands.requestCancellation(c.id, c.reporter, "reporter-withdrew");
        }
        return c.plan.reject() ? Commands.reject(c.id, centre, c.plan.duplicate() ? "duplicate" : "invalid")
            : Commands.accept(c.id, centre);
      case "filed":
        if (c.plan.whistle() && !c.whistled) {
          c.whistled = true;
          return Commands.escalate(c.id, staff.worker(t.grid()).orElse(centre)).withReason("beyond-competence");
        }
        if (!t.returnedBy().isEmpty()) {
          return Commands.dispatch(c.id, centre, otherDepartment(t));
        }
        return Commands.dispatch(c.id, centre);
      case "dispatched":
        if (pending.isPresent()) {
          return Commands.reportIn(c.id, staff.department(pending.get().department()));
        }
        if (c.plan.returnOnce() && !c.returned) {
          c.returned = true;
          return Commands.returnTicket(c.id, handler(t), "outside-remit");
        }
        return Commands.sign(c.id, handler(t));
      case "handling":
        return handling(c, t, now, pending);
      case "suspended":
        return Commands.resume(c.id, centre);
      case "handled":
        return Commands.feedBack(c.id, t.department().isPresent() ? handler(t) : staff.leader(t.handlingGrid()));
      case "fed-back": {
        boolean fail = c.plan.rework() && !c.reworked;
        c.reworked |= fail;
        return Commands.verify(c.id, staff.worker(t.grid()).orElse(centre), !fail);
      }
      case "verified":
        if (!c.revisited && random.nextInt(100) < 40) {
          c.revisited = true;
          return Commands.revisit(c.id, centre);
        }
        return Commands.rate(c.id, centre, satisfaction(c));
      case "escalated":
        if (pending.isPresent()) {
          return Commands.reportIn(c.id, staff.department(pending.get().department()));
        }
        return c.plan.handleAtLevel() ? Commands.handle(c.id, staff.leader(t.handlingGrid()))
            : Commands.dispatch(c.id, staff.leader(t.handlingGrid()));
      default:
        return null;
    }
  }

  private Command handling(Case c, Ticket t, Instant now, Optional<Summons> pending) {
    Principal centre = staff.centre(c.number);
    if (pending.isPresent()) {
      return Commands.reportIn(c.id, staff.department(pending.get().department()));
    }
    if (t.pendingExtension().isPresent()) {
      return random.nextInt(100) < 80 ? Commands.approveExtension(c.id, centre) : Commands.denyExtension(c.id, centre);
    }
    Instant due = handleAt(c, t, now);
    if (now.isBefore(due) && c.plan.suspend() && !c.suspended) {
      c.suspended = true;
      c.handleAt = null;
      return Commands.suspend(c.id, centre, random.nextBoolean() ? "awaiting-funds" : "awaiting-conditions");
    }
    if (now.isBefore(due) && c.plan.extension() && !c.extensionAsked) {
      c.extensionAsked = true;
      int days = 2 + random.nextInt(4);
      c.handleAt = plus(due, WORKING_DAY.multipliedBy(days).multipliedBy(7).dividedBy(10));
      return Commands.requestExtension(c.id, handler(t), TimeLimit.workingDays(days)).withReason("more-time-needed");
    }
    if (now.isBefore(due)) {
      return null;
    }
    c.handleAt = null;
    return Commands.handle(c.id, handler(t));
  }

  /** When the department will have handled the ticket: its pace × the time limit, or a rework's time. */
  private Instant handleAt(Case c, Ticket t, Instant now) {
    if (c.handleAt == null) {
      Optional<Deadline> d = t.deadline();
      if (t.reworks() > 0 || d.isEmpty()) {
        c.handleAt = later(now, Math.max(20, (int) (90 * scale(t))), Math.max(40, (int) (840 * scale(t))));
      } else {
        Duration share = Duration.ofSeconds((long) (workingLimit(t).toSeconds() * c.plan.pace() * HANDLING_SHARE));
        Instant target = plus(d.get().startedAt(), share);
        Instant earliest = plus(now, Duration.ofMinutes(10));
        c.handleAt = target.isAfter(earliest) ? target : earliest;
      }
    }
    return c.handleAt;
  }

  private Instant nextLook(Case c, Ticket t, Instant now) {
    double scale = scale(t);
    boolean summoned = t.summons().stream().anyMatch(s -> s.reportedInAt().isEmpty());
    switch (t.state()) {
      case "reported":
        return c.plan.withdraw() && t.cancellationRequested() ? later(now, 30, 240) : later(now, 5, 40);
      case "filed":
        return later(now, Math.max(2, (int) (5 * scale)), Math.max(5, (int) (60 * scale)));
      case "dispatched":
      case "escalated":
        if (summoned) {
          return c.plan.lateReportIn() ? later(now, 150, 300) : later(now, 10, 90);
        }
        if (t.state().equals("escalated")) {
          return later(now, 60, 240);
        }
        return c.plan.returnOnce() && !c.returned ? later(now, 60, 300)
            : later(now, Math.max(3, (int) (20 * scale)), Math.max(8, (int) (240 * scale)));
      case "handling": {
        if (summoned) {
          return later(now, 10, 90);
        }
        if (t.pendingExtension().isPresent()) {
          return later(now, 30, 120);
        }
        Instant due = handleAt(c, t, now);
        boolean early = (c.plan.suspend() && !c.suspended) || (c.plan.extension() && !c.extensionAsked);
        if (early) {
          if (due.equals(NEVER)) {
            return NEVER;
          }
          Instant mid = plus(now, calendar.workingTimeBetween(now, due).dividedBy(2));
          return mid.isAfter(now) ? mid : due;
        }
        return due;
      }
      case "suspended":
        return later(now, 420, 1260);
      case "handled":
        return later(now, Math.max(2, (int) (10 * scale)), Math.max(5, (int) (60 * scale)));
      case "fed-back":
        return later(now, 30, 360);
      case "verified":
        return later(now, 180, 840);
      default:
        return later(now, 60, 240);
    }
  }

  /** How much quicker the first steps go for a short time limit: 1 for five working days or more. */
  private double scale(Ticket t) {
    return Math.min(1.0, workingLimit(t).toMinutes() / (5.0 * WORKING_DAY.toMinutes()));
  }

  /** The ticket's time limit as working time (a calendar-day limit: the working time in those days). */
  private Duration workingLimit(Ticket t) {
    if (t.deadline().isEmpty()) {
      return WORKING_DAY;
    }
    Deadline d = t.deadline().get();
    int n = d.limit().amount();
    switch (d.limit().unit()) {
      case WORKING_HOURS:
        return Duration.ofHours(n);
      case WORKING_DAYS:
        return calendar.workingDayLength().multipliedBy(n);
      default:
        return calendar.workingTimeBetween(d.startedAt(), d.startedAt().plus(Duration.ofDays(n)));
    }
  }

  /** A moment between {@code from} and {@code to} working minutes after {@code now}. */
  private Instant later(Instant now, int from, int to) {
    return plus(now, Duration.ofMinutes(from + random.nextInt(Math.max(1, to - from + 1))));
  }

  /**
   * {@code amount} of working time after {@code from}; {@link #NEVER} when that lies in a year the
   * calendar has no data for (after the month simulated, which is checked to have data: a plan
   * reaching further simply does not happen within the month).
   */
  private Instant plus(Instant from, Duration amount) {
    if (from.equals(NEVER)) {
      return NEVER;
    }
    try {
      return calendar.plusWorkingTime(from, amount);
    } catch (CalendarDataMissingException beyond) {
      return NEVER;
    }
  }

  private Principal handler(Ticket t) {
    return staff.department(t.department().orElse(t.owningDepartment()));
  }

  private String otherDepartment(Ticket t) {
    List<String> others = new ArrayList<>(staff.departmentIds());
    others.removeAll(t.returnedBy());
    return others.isEmpty() ? t.owningDepartment() : others.get(random.nextInt(others.size()));
  }

  private Satisfaction satisfaction(Case c) {
    if (c.plan.dissatisfied() && !c.dissatisfied) {
      c.dissatisfied = true;
      return Satisfaction.DISSATISFIED;
    }
    return random.nextInt(100) < 75 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
  }
}
