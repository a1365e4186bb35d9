package org.gridgov.workflow;

import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Principal;
import org.immutables.value.Value;

/**
 * What is reported to open a ticket (上报内容). Give the basic {@link #grid()} or a
 * {@link #location()} the service's locator turns into one (both: the grid must be where the
 * locator puts the point). The matter type must be in the catalogue; its class chooses the
 * definition unless {@link #definition()} names one.
 */
@Value.Immutable
public abstract class NewTicket {
  /** The id to use; a new time-ordered id when absent. */
  public abstract Optional<TicketId> id();

  /** The definition to follow; chosen by matter class when absent. */
  public abstract Optional<String> definition();

  /** Where it came in. */
  public abstract Channel channel();

  /** The matter type's code in the catalogue. */
  public abstract String matterType();

  /** The class, when it differs from the matter type's. */
  public abstract Optional<MatterClass> matterClass();

  /** The basic grid. */
  public abstract Optional<GridCode> grid();

  /** Where it is. */
  public abstract Optional<ReportedPlace> location();

  /** Who reported it. */
  public abstract Reporter reporter();

  /** How urgent. */
  @Value.Default
  public Priority priority() {
    return Priority.NORMAL;
  }

  /** What it is about, in a line. */
  public abstract String summary();

  @Value.Check
  protected void check() {
    if (grid().isEmpty() && location().isEmpty()) {
      throw new InvalidInputException("grid", "(none)", "a report gives its basic grid or a location");
    }
    if (summary().isBlank() || summary().length() > 500) {
      throw new InvalidInputException("summary", summary(), "must have 1 to 500 characters");
    }
  }

  /**
   * A grid worker's own report from patrol (网格员巡查上报): channel {@link Channel#PATROL}, the worker
   * as reporter, the matter where it is; the service's locator finds the basic grid.
   */
  public static NewTicket patrol(Principal worker, String matterType, ReportedPlace at, String summary) {
    if (worker == null) {
      throw new MissingValueException("worker");
    }
    return builder().channel(Channel.PATROL).matterType(matterType).location(at).reporter(Reporter.gridStaff(worker.id()))
        .summary(summary).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewTicket}. */
  public static class Builder extends ImmutableNewTicket.Builder {}
}
