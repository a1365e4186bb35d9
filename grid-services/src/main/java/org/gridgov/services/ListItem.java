package org.gridgov.services;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.workflow.TicketId;
import org.immutables.value.Value;

/**
 * An item of one of the three lists (清单条目): the input as collected, sorted into its list, with its
 * owner (the grid's worker, or whoever collected it), status and links — the ticket a need became,
 * the project it joined, the needs a project came from. Immutable; {@link ThreeLists} keeps the
 * current version.
 */
@Value.Immutable
public abstract class ListItem implements WithListItem {
  /** The item's id: the input's own, or {@code R-}, {@code N-} or {@code P-} and a number. */
  public abstract String id();

  /** What was collected. */
  public abstract ResidentInput input();

  /** Who is responsible for it (责任人): a staff id. */
  public abstract String owner();

  /** Where it stands. */
  public abstract ItemStatus status();

  /** Who collected it (a principal id). */
  public abstract String collectedBy();

  /** When it was collected. */
  public abstract Instant collectedAt();

  /** When it last changed. */
  public abstract Instant updatedAt();

  /** The ticket a need became. */
  public abstract Optional<TicketId> ticket();

  /** The project a need joined. */
  public abstract Optional<String> project();

  /** The needs a project came from. */
  public abstract List<String> needs();

  /** The list it is in. */
  public ListKind kind() {
    return input().kind();
  }

  /** Its grid. */
  public GridCode grid() {
    return input().grid();
  }

  /** Its title. */
  public String title() {
    return input().title();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListItem}. */
  public static class Builder extends ImmutableListItem.Builder {}

  @Override
  public String toString() {
    return "ListItem[" + id() + " " + kind() + " " + status() + " in " + grid() + " owner " + owner() + ": " + title()
        + ticket().map(t -> " ticket " + t).orElse("") + project().map(p -> " project " + p).orElse("") + "]";
  }
}
