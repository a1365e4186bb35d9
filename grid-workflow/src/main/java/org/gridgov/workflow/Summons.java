package org.gridgov.workflow;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.MissingValueException;

/**
 * A department summoned to report in (部门报到) when a grid blows the whistle (网格吹哨).
 *
 * @param department the department id
 * @param summonedAt when the whistle blew
 * @param dueAt by when it must report in (the definition's report-in limit)
 * @param reportedInAt when it reported in, if it has
 * @param overdueRecorded true once an {@link TicketEventType#OVERDUE} event recorded that it missed its due instant
 */
public record Summons(String department, Instant summonedAt, Instant dueAt, Optional<Instant> reportedInAt,
    boolean overdueRecorded) {
  public Summons {
    if (department == null) {
      throw new MissingValueException("summons.department");
    }
    if (summonedAt == null) {
      throw new MissingValueException("summons.summonedAt");
    }
    if (dueAt == null) {
      throw new MissingValueException("summons.dueAt");
    }
    if (reportedInAt == null) {
      throw new MissingValueException("summons.reportedInAt");
    }
  }

  /** True when the department has reported in. */
  public boolean reportedIn() {
    return reportedInAt.isPresent();
  }

  /** True when it reported in late, or has not reported in and {@code at} is past the due instant. */
  public boolean lateAt(Instant at) {
    return reportedInAt.map(r -> r.isAfter(dueAt)).orElse(at.isAfter(dueAt));
  }

  /** A new summons, not yet reported in. */
  public static Summons of(String department, Instant summonedAt, Instant dueAt) {
    return new Summons(department, summonedAt, dueAt, Optional.empty(), false);
  }

  /** This summons, reported in at {@code at}. */
  public Summons reportedAt(Instant at) {
    return new Summons(department, summonedAt, dueAt, Optional.of(at), overdueRecorded);
  }

  /** This summons, with its missed due instant recorded. */
  public Summons markedOverdue() {
    return new Summons(department, summonedAt, dueAt, reportedInAt, true);
  }
}
