package org.gridgov.services;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.ReportedPlace;
import org.immutables.value.Value;

/**
 * A volunteer of the supermarket (志愿者): the skills offered (at least one), when they can serve
 * each week, their home grid, where they live (for the distance to a need) and how many needs they
 * serve at once at most (their cap). The phone number is personal data: {@link #toString()} masks it.
 */
@Value.Immutable
public abstract class Volunteer {
  /** The volunteer's id, for example a staff or resident account id. */
  public abstract String id();

  /** The name. */
  public abstract String name();

  /** A phone number. */
  public abstract Optional<String> phone();

  /** The grid they live or are registered in (often a volunteer grid's basic grid). */
  public abstract GridCode homeGrid();

  /** The skills offered, lower-case ids such as {@code elderly-care}; at least one. */
  public abstract Set<String> skills();

  /** When they can serve, every week; empty when they have not said (never counted as free then). */
  public abstract List<Availability> availability();

  /** How many needs they serve at once at most (1 to 20). */
  @Value.Default
  public int cap() {
    return 2;
  }

  /** Where they live. */
  public abstract Optional<ReportedPlace> location();

  @Value.Check
  protected void check() {
    if (!id().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new InvalidInputException("volunteer.id", id(), "must be 1 to 64 letters, digits, '.', '_' and '-'");
    }
    if (name().isBlank()) {
      throw new InvalidInputException("volunteer.name", name(), "must not be blank");
    }
    if (skills().isEmpty()) {
      throw new InvalidInputException("volunteer.skills", "[]", "a volunteer offers at least one skill");
    }
    Checks.skills(skills(), "volunteer.skills");
    phone().ifPresent(p -> Checks.phone(p, "volunteer.phone"));
    if (cap() < 1 || cap() > 20) {
      throw new InvalidInputException("volunteer.cap", Integer.toString(cap()), "must lie between 1 and 20");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Volunteer}. */
  public static class Builder extends ImmutableVolunteer.Builder {}

  @Override
  public String toString() {
    return "Volunteer[" + id() + " " + name() + phone().map(p -> " " + Checks.mask(p)).orElse("") + " of " + homeGrid() + " "
        + skills() + " cap " + cap() + "]";
  }
}
