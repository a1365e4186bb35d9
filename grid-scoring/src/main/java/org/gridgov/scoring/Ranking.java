package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * A ranking of scores (排名): scored subjects first, best first, then the unscored ones. The order
 * is total — by score (its hundredths) descending, then by subject — and ranks follow standard
 * competition ranking: equal scores share a rank and the next rank counts them all (1, 2, 2, 4),
 * so a subject's rank is 1 + the number of subjects with a strictly higher score.
 *
 * <p>{@link #withPrevious(Ranking)} adds each subject's rank in the previous period
 * (month-on-month movement, 环比); {@link #top(int)} and {@link #bottom(int)} take the best and
 * worst {@code n} places, including every subject tied with the last place taken.
 */
public final class Ranking {
  private static final Comparator<Score> ORDER = Comparator
      .comparing((Score s) -> s.hundredths().orElse(Long.MIN_VALUE), Comparator.reverseOrder())
      .thenComparing(Score::subject);

  private final ScoredRole role;
  private final List<Ranked> entries;
  private final Map<Subject, Ranked> bySubject;

  private Ranking(ScoredRole role, List<Ranked> entries) {
    this.role = role;
    this.entries = Collections.unmodifiableList(entries);
    this.bySubject = new HashMap<>();
    for (Ranked r : entries) {
      bySubject.put(r.subject(), r);
    }
  }

  /**
   * Ranks scores of one role.
   *
   * @throws InvalidInputException when the scores are of different roles or a subject appears twice
   */
  public static Ranking of(ScoredRole role, List<Score> scores) {
    if (role == null) {
      throw new MissingValueException("role");
    }
    if (scores == null) {
      throw new MissingValueException("scores");
    }
    Set<Subject> seen = new HashSet<>();
    for (int i = 0; i < scores.size(); i++) {
      Score s = scores.get(i);
      if (s == null) {
        throw new MissingValueException("scores[" + i + "]");
      }
      if (s.role() != role) {
        throw new InvalidInputException("scores[" + i + "].role", s.role().name(), "a ranking is of one role: " + role);
      }
      if (!seen.add(s.subject())) {
        throw new InvalidInputException("scores[" + i + "].subject", s.subject().toString(), "each subject is ranked once");
      }
    }
    List<Score> sorted = new ArrayList<>(scores);
    sorted.sort(ORDER);
    List<Ranked> out = new ArrayList<>(sorted.size());
    int rank = 0;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < sorted.size(); i++) {
      Optional<Long> h = sorted.get(i).hundredths();
      if (h.isEmpty()) {
        out.add(new Ranked(sorted.get(i), OptionalInt.empty(), OptionalInt.empty()));
        continue;
      }
      if (i == 0 || h.get() != last) {
        rank = i + 1;
        last = h.get();
      }
      out.add(new Ranked(sorted.get(i), OptionalInt.of(rank), OptionalInt.empty()));
    }
    return new Ranking(role, out);
  }

  /** The role ranked. */
  public ScoredRole role() {
    return role;
  }

  /** Every line, in order: ranked best first, then unranked. */
  public List<Ranked> entries() {
    return entries;
  }

  /** The ranked lines only. */
  public List<Ranked> ranked() {
    List<Ranked> out = new ArrayList<>();
    for (Ranked r : entries) {
      if (r.rank().isPresent()) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The line of {@code subject}. */
  public Optional<Ranked> find(Subject subject) {
    return Optional.ofNullable(bySubject.get(subject));
  }

  /**
   * This ranking with each subject's rank in {@code previous} (the movement, 环比).
   *
   * @throws InvalidInputException when {@code previous} ranks another role
   */
  public Ranking withPrevious(Ranking previous) {
    if (previous == null) {
      throw new MissingValueException("previous");
    }
    requireRole("previous.role", previous, role);
    List<Ranked> out = new ArrayList<>(entries.size());
    for (Ranked r : entries) {
      OptionalInt before = previous.find(r.subject()).map(Ranked::rank).orElse(OptionalInt.empty());
      out.add(new Ranked(r.score(), r.rank(), before));
    }
    return new Ranking(role, out);
  }

  static void requireRole(String field, Ranking ranking, ScoredRole role) {
    if (ranking.role() != role) {
      throw new InvalidInputException(field, ranking.role().name(), "must be a ranking of " + role + " like this one");
    }
  }

  /**
   * The best {@code n} places: the first {@code n} ranked lines and every line tied with the
   * {@code n}-th.
   */
  public List<Ranked> top(int n) {
    List<Ranked> ranked = ranked();
    if (n < 0) {
      throw new InvalidInputException("n", Integer.toString(n), "must not be negative");
    }
    if (n == 0 || ranked.isEmpty()) {
      return List.of();
    }
    int cut = ranked.get(Math.min(n, ranked.size()) - 1).rank().getAsInt();
    List<Ranked> out = new ArrayList<>();
    for (Ranked r : ranked) {
      if (r.rank().getAsInt() <= cut) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The worst {@code n} places (末位), worst last: the last {@code n} ranked lines and every line
   * tied with the first of them.
   */
  public List<Ranked> bottom(int n) {
    List<Ranked> ranked = ranked();
    if (n < 0) {
      throw new InvalidInputException("n", Integer.toString(n), "must not be negative");
    }
    if (n == 0 || ranked.isEmpty()) {
      return List.of();
    }
    int cut = ranked.get(Math.max(0, ranked.size() - n)).rank().getAsInt();
    List<Ranked> out = new ArrayList<>();
    for (Ranked r : ranked) {
      if (r.rank().getAsInt() >= cut) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "Ranking[" + role + ", " + entries.size() + " subjects]";
  }
}
