package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Joint;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.SpecialGroup;
import org.gridgov.core.TimeLimit;

/**
 * The type-specific facts of a {@link TicketEvent} (事件内容). Which record goes with which
 * {@link TicketEventType} is fixed: see {@link #typeFits(TicketEventType)}. Facts are recorded as
 * they were decided at the time (the department smart dispatch chose, the due instant the calendar
 * gave), so a replay never needs the catalogue, the tree or the calendar.
 */
public sealed interface EventPayload {

  /** True when this payload is the one events of {@code type} carry. */
  boolean typeFits(TicketEventType type);

  /** The empty payload of types without details. */
  static EventPayload none() {
    return None.INSTANCE;
  }

  /** No details. */
  enum None implements EventPayload {
    INSTANCE;

    @Override
    public boolean typeFits(TicketEventType type) {
      switch (type) {
        case ACCEPTED: case STEP: case HANDLED: case FED_BACK: case VERIFICATION_PASSED:
        case VERIFICATION_FAILED: case REVISITED: case REOPENED: case EXTENSION_DENIED:
        case SUSPENDED: case RESUMED: case CANCELLATION_REQUESTED: case CANCELLED:
        case CANCELLATION_DENIED: case NOTED:
          return true;
        default:
          return false;
      }
    }
  }

  /**
   * What was reported ({@link TicketEventType#REPORTED}).
   *
   * @param definition the id of the workflow definition the ticket follows
   * @param channel where it came in
   * @param matterType the matter type's code in the catalogue
   * @param matterClass on the spot, promised or escalated
   * @param limit the ticket's time limit: the matter type's, or the one-key policy's for the
   *     caller's special group
   * @param owningDepartment the department that owns the matter type
   * @param grid the basic grid the matter is in
   * @param location where it is, when reported with a location
   * @param reporter who reported it
   * @param priority how urgent
   * @param summary what it is about, in a line
   * @param specialGroup the caller's special group, for a one-key call for help (一键求助)
   * @param joint the joint of the grid fusion the matter type falls under (十联), when the service
   *     has a fusion that runs one for it
   * @param sharedGrids the grids of the other fused layer the ticket lands in too (双格融合:
   *     shared intake), in code order
   */
  record Reported(String definition, Channel channel, String matterType, MatterClass matterClass,
      TimeLimit limit, String owningDepartment, GridCode grid, Optional<ReportedPlace> location,
      Reporter reporter, Priority priority, String summary, Optional<SpecialGroup> specialGroup,
      Optional<Joint> joint, List<GridCode> sharedGrids) implements EventPayload {
    public Reported {
      require(definition, "definition");
      require(channel, "channel");
      require(matterType, "matterType");
      require(matterClass, "matterClass");
      require(limit, "limit");
      require(owningDepartment, "owningDepartment");
      require(grid, "grid");
      require(location, "location");
      require(reporter, "reporter");
      require(priority, "priority");
      require(summary, "summary");
      require(specialGroup, "specialGroup");
      require(joint, "joint");
      require(sharedGrids, "sharedGrids");
      for (int i = 0; i < sharedGrids.size(); i++) {
        require(sharedGrids.get(i), "sharedGrids[" + i + "]");
      }
      sharedGrids = List.copyOf(sharedGrids);
    }

    /** What was reported, neither a call for help nor shared by a fusion. */
    public Reported(String definition, Channel channel, String matterType, MatterClass matterClass, TimeLimit limit,
        String owningDepartment, GridCode grid, Optional<ReportedPlace> location, Reporter reporter, Priority priority,
        String summary) {
      this(definition, channel, matterType, matterClass, limit, owningDepartment, grid, location, reporter, priority,
          summary, Optional.empty(), Optional.empty(), List.of());
    }

    /** The same report with another reporter (a store masking personal data at rest). */
    public Reported withReporter(Reporter other) {
      return new Reported(definition, channel, matterType, matterClass, limit, owningDepartment, grid, location, other,
          priority, summary, specialGroup, joint, sharedGrids);
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.REPORTED;
    }
  }

  /**
   * Why a ticket was rejected ({@link TicketEventType#REJECTED}); the reason code says invalid or
   * duplicate.
   *
   * @param duplicateOf the ticket this one duplicates, for duplicates
   */
  record Rejected(Optional<TicketId> duplicateOf) implements EventPayload {
    public Rejected {
      require(duplicateOf, "duplicateOf");
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.REJECTED;
    }
  }

  /**
   * A promise ({@link TicketEventType#PROMISED}, 承诺件).
   *
   * @param limit the promised limit; the main clock restarts with it
   */
  record Promised(TimeLimit limit) implements EventPayload {
    public Promised {
      require(limit, "limit");
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.PROMISED;
    }
  }

  /**
   * A dispatch ({@link TicketEventType#DISPATCHED}).
   *
   * @param department the department the ticket was dispatched to
   * @param unit the department's unit responsible for the ticket's grid, when the directory has one
   * @param smart true when the service chose the department and unit (smart dispatch, 智能派单),
   *     false when the dispatcher named them
   * @param assisting the departments that assist the lead {@code department} (联合处置: 牵头单位 and
   *     协同单位), in order; empty for a dispatch to one department
   */
  record Dispatched(String department, Optional<String> unit, boolean smart, List<String> assisting) implements EventPayload {
    public Dispatched {
      require(department, "department");
      require(unit, "unit");
      require(assisting, "assisting");
      for (int i = 0; i < assisting.size(); i++) {
        require(assisting.get(i), "assisting[" + i + "]");
        if (assisting.get(i).equals(department) || assisting.indexOf(assisting.get(i)) != i) {
          throw new InvalidInputException("payload.assisting[" + i + "]", assisting.get(i),
              "an assisting department is named once and is not the lead");
        }
      }
      assisting = List.copyOf(assisting);
    }

    /** A dispatch to one department alone. */
    public Dispatched(String department, Optional<String> unit, boolean smart) {
      this(department, unit, smart, List.of());
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.DISPATCHED;
    }
  }

  /**
   * What a department did ({@link TicketEventType#DEPARTMENT_ACCEPTED}, {@link TicketEventType#RETURNED},
   * {@link TicketEventType#REPORTED_IN}).
   *
   * @param department the department that acted
   * @param unit its unit, where the ticket had one
   */
  record DepartmentAction(String department, Optional<String> unit) implements EventPayload {
    public DepartmentAction {
      require(department, "department");
      require(unit, "unit");
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.DEPARTMENT_ACCEPTED || type == TicketEventType.RETURNED
          || type == TicketEventType.REPORTED_IN;
    }
  }

  /**
   * An extension ({@link TicketEventType#EXTENSION_REQUESTED}, {@link TicketEventType#EXTENSION_APPROVED}).
   *
   * @param by how much longer
   * @param previousDueAt the main due instant before the extension
   */
  record Extension(TimeLimit by, Optional<Instant> previousDueAt) implements EventPayload {
    public Extension {
      require(by, "by");
      require(previousDueAt, "previousDueAt");
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.EXTENSION_REQUESTED || type == TicketEventType.EXTENSION_APPROVED;
    }
  }

  /**
   * An escalation ({@link TicketEventType#ESCALATED}): the ticket moved one level up the grid tree
   * ("网格吹哨") and departments were summoned to report in ("部门报到").
   *
   * @param from the grid level that handled it before
   * @param to the grid it moved to (the parent of {@code from})
   * @param summoned the departments summoned
   * @param reportInDueAt by when the summoned must report in, when any were summoned
   */
  record Escalated(GridCode from, GridCode to, List<String> summoned, Optional<Instant> reportInDueAt)
      implements EventPayload {
    public Escalated {
      require(from, "from");
      require(to, "to");
      require(summoned, "summoned");
      require(reportInDueAt, "reportInDueAt");
      summoned = List.copyOf(summoned);
      if (!summoned.isEmpty() && reportInDueAt.isEmpty()) {
        throw new InvalidInputException("escalated.reportInDueAt", "", "summoned departments have a report-in due instant");
      }
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.ESCALATED;
    }
  }

  /**
   * An urging step ({@link TicketEventType#URGED}).
   *
   * @param level 催办, 督办 or 通报
   * @param department the department urged (the assigned one, or a summoned one that is late)
   * @param automatic true when generated by the clock
   */
  record Urged(UrgingLevel level, Optional<String> department, boolean automatic) implements EventPayload {
    public Urged {
      require(level, "level");
      require(department, "department");
      if (level == UrgingLevel.NONE) {
        throw new InvalidInputException("urged.level", "NONE", "an urging event has a level");
      }
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.URGED;
    }
  }

  /**
   * A clock passed its due instant ({@link TicketEventType#OVERDUE}): the evidence for accountability.
   *
   * @param clock {@link #MAIN} for the ticket's limit, {@link #REPORT_IN} for a summoned department,
   *     otherwise the id of the state whose step limit passed
   * @param dueAt the due instant that passed
   * @param department the department responsible at that moment, if any
   */
  record Overdue(String clock, Instant dueAt, Optional<String> department) implements EventPayload {
    /** The clock name of the ticket's main limit. */
    public static final String MAIN = "main";
    /** The clock name of a summoned department's report-in limit. */
    public static final String REPORT_IN = "report-in";

    public Overdue {
      require(clock, "clock");
      require(dueAt, "dueAt");
      require(department, "department");
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.OVERDUE;
    }
  }

  /**
   * A resident's rating ({@link TicketEventType#RATED}).
   *
   * @param satisfaction satisfied, basically satisfied or dissatisfied
   */
  record Rated(Satisfaction satisfaction) implements EventPayload {
    public Rated {
      require(satisfaction, "satisfaction");
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.RATED;
    }
  }

  /**
   * How a ticket was closed ({@link TicketEventType#CLOSED}).
   *
   * @param onTime true when the main clock (stopped at its pause, if paused) was within its due
   *     instant, or the ticket never had a running clock
   * @param dueAt the main due instant, when the clock had started
   */
  record Closed(boolean onTime, Optional<Instant> dueAt) implements EventPayload {
    public Closed {
      require(dueAt, "dueAt");
    }

    @Override
    public boolean typeFits(TicketEventType type) {
      return type == TicketEventType.CLOSED;
    }
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException("payload." + field);
    }
  }
}
