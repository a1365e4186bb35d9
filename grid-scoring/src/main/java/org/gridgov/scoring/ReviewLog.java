package org.gridgov.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Principal;
import org.gridgov.core.Scope;

/**
 * The record of a rhythm's reviews (调度台账): each review held is recorded once, with its chair,
 * instant and agenda, and {@link #status(Instant)} shows every review due so far as held, held
 * late, open or missed — a missed review is visible the moment its due instant passes. Append-only,
 * thread-safe; a refused record changes nothing.
 */
public final class ReviewLog {
  private final ReviewRhythm rhythm;
  private final Map<String, ReviewRecord> records = new LinkedHashMap<>();

  private ReviewLog(ReviewRhythm rhythm) {
    this.rhythm = rhythm;
  }

  /** An empty log of {@code rhythm}. */
  public static ReviewLog of(ReviewRhythm rhythm) {
    if (rhythm == null) {
      throw new MissingValueException("rhythm");
    }
    return new ReviewLog(rhythm);
  }

  /** The rhythm. */
  public ReviewRhythm rhythm() {
    return rhythm;
  }

  /**
   * Records that {@code agenda}'s review was held at {@code heldAt}, chaired by {@code chair}.
   *
   * @throws NotFoundException when the review is not one of the rhythm's
   * @throws InvalidInputException when it is held before its period began, or the agenda was
   *     prepared after it was held
   * @throws ForbiddenException when the chair's scope does not cover the reviewed grid
   * @throws ConflictException when the review was recorded already
   */
  public synchronized ReviewRecord record(ReviewAgenda agenda, Principal chair, Instant heldAt, Optional<String> minutes) {
    if (agenda == null || chair == null || heldAt == null || minutes == null) {
      throw new MissingValueException(agenda == null ? "agenda" : chair == null ? "chair" : heldAt == null ? "heldAt" : "minutes");
    }
    ReviewOccurrence o = agenda.occurrence();
    if (!rhythm.has(o)) {
      throw new NotFoundException("occurrence", o.id(), "not a review of this rhythm");
    }
    if (!o.opensBy(heldAt)) {
      throw new InvalidInputException("heldAt", heldAt.toString(), "review " + o.id() + " is held from its period's start "
          + o.period().start() + " on");
    }
    if (agenda.asOf().isAfter(heldAt)) {
      throw new InvalidInputException("agenda.asOf", agenda.asOf().toString(), "the agenda is prepared by the time the review is held");
    }
    if (!Scope.of(rhythm.tree(), chair).admits(o.schedule().grid())) {
      throw new ForbiddenException("grid", o.schedule().grid().value(), chair.kind() + " " + chair.id()
          + " may only chair reviews within " + chair.scopeRoots());
    }
    ReviewRecord before = records.get(o.id());
    if (before != null) {
      throw new ConflictException("occurrence", o.id(), "was recorded already, held at " + before.heldAt() + " by " + before.chair());
    }
    ReviewRecord r = new ReviewRecord(o, chair.id(), heldAt, heldAt.isAfter(o.dueAt()), agenda.openItems().size(),
        agenda.overdueItems().size(), minutes);
    records.put(o.id(), r);
    return r;
  }

  /** Every record, in the order recorded. */
  public synchronized List<ReviewRecord> records() {
    return List.copyOf(records.values());
  }

  /** Every review whose period began by {@code asOf}, by due instant, with where it stands then. */
  public List<ReviewStatus> status(Instant asOf) {
    List<ReviewOccurrence> due = rhythm.occurrencesUntil(asOf);
    Map<String, ReviewRecord> held;
    synchronized (this) {
      held = new LinkedHashMap<>(records);
    }
    List<ReviewStatus> out = new ArrayList<>(due.size());
    for (ReviewOccurrence o : due) {
      ReviewRecord r = held.get(o.id());
      ReviewStatus.State s;
      if (r != null && !r.heldAt().isAfter(asOf)) {
        s = r.late() ? ReviewStatus.State.HELD_LATE : ReviewStatus.State.HELD;
      } else {
        r = null;
        s = asOf.isBefore(o.dueAt()) ? ReviewStatus.State.OPEN : ReviewStatus.State.MISSED;
      }
      out.add(new ReviewStatus(o, s, Optional.ofNullable(r)));
    }
    return Collections.unmodifiableList(out);
  }

  /** The reviews missed by {@code asOf}: due and not held. */
  public List<ReviewOccurrence> missed(Instant asOf) {
    return status(asOf).stream().filter(s -> s.state() == ReviewStatus.State.MISSED).map(ReviewStatus::occurrence).toList();
  }
}
