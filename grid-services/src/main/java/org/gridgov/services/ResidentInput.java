package org.gridgov.services;

import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.ReportedPlace;
import org.immutables.value.Value;

/**
 * What a grid worker collected from residents (民情民意), to be sorted into one of the three lists:
 * an offer (a resource), a request (a need) or a proposal for many (a project); by which channel it
 * came ("六个一": a visit, the hotline, the mailbox, a chat group, the phone, the diary; a residents'
 * meeting; the app), in which grid, with the skills it offers or needs and, for a need, when it is to
 * be served, how many volunteers it wants and from how far they may come ({@link #reach()}). The
 * phone number is personal data: {@link #toString()} masks it.
 */
@Value.Immutable
public abstract class ResidentInput {
  /** An id of the caller's own (the app's), for example {@code app-7781}; one is made when absent. */
  public abstract Optional<String> id();

  /** The list it belongs to. */
  public abstract ListKind kind();

  /** Where it came in. */
  public abstract Channel channel();

  /** The grid it concerns: a basic grid for a need, any grid for a resource or a project. */
  public abstract GridCode grid();

  /** What it is, in a line, for example 独居老人代购药品. */
  public abstract String title();

  /** More, in words. */
  public abstract Optional<String> detail();

  /** The skills offered (a resource) or needed (a need), lower-case ids such as {@code elderly-care}. */
  public abstract Set<String> skills();

  /** The resident's name, if given. */
  public abstract Optional<String> resident();

  /** A phone number to reach the resident, if given. */
  public abstract Optional<String> phone();

  /** How many volunteers a need wants (1 to 50). */
  @Value.Default
  public int wanted() {
    return 1;
  }

  /** When a need is to be served. */
  public abstract Optional<ServiceTime> time();

  /**
   * The root of the subtree volunteers for a need may come from (服务范围): the grid itself or an
   * ancestor; the grid's parent (its community) when absent.
   */
  public abstract Optional<GridCode> reach();

  /** Where it is, for the distance to volunteers. */
  public abstract Optional<ReportedPlace> location();

  @Value.Check
  protected void check() {
    id().ifPresent(i -> {
      if (!i.matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
        throw new InvalidInputException("input.id", i, "must be 1 to 64 letters, digits and '-'");
      }
    });
    if (title().isBlank() || title().length() > 100) {
      throw new InvalidInputException("input.title", title(), "must have 1 to 100 characters");
    }
    detail().ifPresent(d -> {
      if (d.isBlank() || d.length() > 1000) {
        throw new InvalidInputException("input.detail", d, "must have 1 to 1000 characters");
      }
    });
    Checks.skills(skills(), "input.skills");
    phone().ifPresent(p -> Checks.phone(p, "input.phone"));
    if (wanted() < 1 || wanted() > 50) {
      throw new InvalidInputException("input.wanted", Integer.toString(wanted()), "must lie between 1 and 50");
    }
    if (kind() == ListKind.NEED && skills().isEmpty()) {
      throw new InvalidInputException("input.skills", "[]", "a need names the skills it asks for");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResidentInput}. */
  public static class Builder extends ImmutableResidentInput.Builder {}

  @Override
  public String toString() {
    return "ResidentInput[" + kind() + " " + channel() + " in " + grid() + ": " + title() + resident().map(r -> " " + r).orElse("")
        + phone().map(p -> " " + Checks.mask(p)).orElse("") + " " + skills() + "]";
  }
}
