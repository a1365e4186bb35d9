package org.gridgov.services;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A question to the three lists (清单查询): which list, under which grid (the reader's whole scope
 * when absent), collected in which period ({@code [from, to)}), in which statuses (any when empty).
 */
@Value.Immutable
public abstract class ListQuery {
  /** The list; all three when absent. */
  public abstract Optional<ListKind> kind();

  /** The root of the subtree asked about. */
  public abstract Optional<GridCode> under();

  /** Collected at or after. */
  public abstract Optional<Instant> from();

  /** Collected before. */
  public abstract Optional<Instant> to();

  /** The statuses wanted; any when empty. */
  public abstract Set<ItemStatus> statuses();

  @Value.Check
  protected void check() {
    if (from().isPresent() && to().isPresent() && !to().get().isAfter(from().get())) {
      throw new InvalidInputException("query.to", to().get().toString(), "must be after query.from " + from().get());
    }
  }

  /** Everything the reader may see. */
  public static ListQuery all() {
    return builder().build();
  }

  /** One list, everything the reader may see of it. */
  public static ListQuery of(ListKind kind) {
    return builder().kind(kind).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListQuery}. */
  public static class Builder extends ImmutableListQuery.Builder {}
}
