package org.gridgov.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.internal.Fraction;
import org.gridgov.scoring.internal.JsonFields;

/**
 * The weights of composite scores per role (综合评分权重), as data. Each role's weights are
 * percentages that must add up to exactly 100 %; each is between 0 and 100 with at most four
 * decimals; points and visit compliance may be weighed only for grid workers, and a points
 * target (the monthly points worth 100 %) is needed when points are weighed. A broken rule is an
 * {@link InvalidRulesException} naming the field ({@code roles.DEPARTMENT}), the value and the
 * rule.
 *
 * <p>Score = Σ weight × worth / Σ weight over the components that are defined, on a 0–100
 * scale, computed exactly and rounded half-up to two decimals (see {@link Score}).
 *
 * <p>JSON: <pre>{@code
 * { "id": "standard", "pointsTarget": 100,
 *   "roles": { "DEPARTMENT": { "ON_TIME_CLOSURE": 30, "CLOSURE": 25, … }, … } }
 * }</pre>
 */
public final class CompositeWeights {
  private static final Set<String> TOP = Set.of("id", "name", "pointsTarget", "roles");

  private final String id;
  private final Optional<String> name;
  private final int pointsTarget;
  private final Map<ScoredRole, Map<ScoreComponent, BigDecimal>> weights;

  private CompositeWeights(String id, Optional<String> name, int pointsTarget, Map<ScoredRole, Map<ScoreComponent, BigDecimal>> weights) {
    this.id = id;
    this.name = name;
    this.pointsTarget = pointsTarget;
    this.weights = weights;
  }

  /** A builder. */
  public static Builder builder(String id) {
    if (id == null) {
      throw new MissingValueException("id");
    }
    return new Builder(id);
  }

  /** The weights' id. */
  public String id() {
    return id;
  }

  /** A name for people. */
  public Optional<String> name() {
    return name;
  }

  /** The monthly points worth 100 % of the points component. */
  public int pointsTarget() {
    return pointsTarget;
  }

  /** The roles with weights. */
  public Set<ScoredRole> roles() {
    return Collections.unmodifiableSet(weights.keySet());
  }

  /**
   * The weights of a role, in per cent.
   *
   * @throws InvalidInputException when the role has none
   */
  public Map<ScoreComponent, BigDecimal> weights(ScoredRole role) {
    if (role == null) {
      throw new MissingValueException("role");
    }
    Map<ScoreComponent, BigDecimal> w = weights.get(role);
    if (w == null) {
      throw new InvalidInputException("role", role.name(), "these weights (" + id + ") have none for this role; they have " + weights.keySet());
    }
    return w;
  }

  /**
   * The score of a department, grid (for its leader) or dispatcher from its figures.
   *
   * @throws InvalidInputException when the role is the grid worker's (use {@link #scoreWorker}), or
   *     the figures' subject is not the role's kind, or the role has no weights
   */
  public Score score(ScoredRole role, Figures figures) {
    if (figures == null) {
      throw new MissingValueException("figures");
    }
    if (role == ScoredRole.GRID_WORKER) {
      throw new InvalidInputException("role", role.name(), "a grid worker's score needs points and visit compliance: use scoreWorker");
    }
    if (role != null && figures.subject().kind() != role.subjectKind()) {
      throw new InvalidInputException("figures.subject", figures.subject().toString(), "a " + role + " score is of a "
          + role.subjectKind() + " subject");
    }
    return compute(role, figures.subject(), figures, 0, Optional.empty());
  }

  /**
   * A grid worker's score from the figures of their basic grid, their points in the period and
   * their visit compliance (empty when they had no visit duties).
   */
  public Score scoreWorker(Subject worker, Figures gridFigures, long points, Optional<Ratio> visitCompliance) {
    if (worker == null) {
      throw new MissingValueException("worker");
    }
    if (gridFigures == null) {
      throw new MissingValueException("gridFigures");
    }
    if (visitCompliance == null) {
      throw new MissingValueException("visitCompliance");
    }
    if (worker.kind() != SubjectKind.WORKER) {
      throw new InvalidInputException("worker", worker.toString(), "must be a WORKER subject");
    }
    return compute(ScoredRole.GRID_WORKER, worker, gridFigures, points, visitCompliance);
  }

  private Score compute(ScoredRole role, Subject subject, Figures f, long points, Optional<Ratio> visits) {
    Map<ScoreComponent, BigDecimal> w = weights(role);
    int k = w.size();
    ScoreComponent[] comps = new ScoreComponent[k];
    BigDecimal[] weightOf = new BigDecimal[k];
    long[] worthNum = new long[k];
    long[] worthDen = new long[k];
    List<Optional<Ratio>> ratios = new ArrayList<>(k);
    double sum = 0;
    double weight = 0;
    int i = 0;
    for (Map.Entry<ScoreComponent, BigDecimal> e : w.entrySet()) {
      ScoreComponent c = e.getKey();
      Optional<Ratio> ratio;
      boolean invert = false;
      if (c.rate().isPresent()) {
        ratio = c.rate().get().of(f);
        invert = !c.rate().get().higherIsBetter();
      } else if (c == ScoreComponent.POINTS) {
        ratio = Optional.of(new Ratio(Math.max(0, points), pointsTarget));
      } else {
        ratio = visits;
      }
      comps[i] = c;
      weightOf[i] = e.getValue();
      ratios.add(ratio);
      if (ratio.isPresent()) {
        long d = ratio.get().denominator();
        long n = Math.min(ratio.get().numerator(), d);
        worthNum[i] = invert ? d - n : n;
        worthDen[i] = d;
        if (e.getValue().signum() > 0) {
          double wd = e.getValue().doubleValue();
          sum += wd * ((double) worthNum[i] / d);
          weight += wd;
        }
      }
      i++;
    }
    Optional<BigDecimal> value = Optional.empty();
    if (weight > 0) {
      double hundredths = 100.0 * 100.0 * sum / weight;
      double frac = hundredths - Math.floor(hundredths);
      if (Math.abs(frac - 0.5) > 1e-6) {
        value = Optional.of(BigDecimal.valueOf((long) Math.floor(hundredths + 0.5), 2));
      } else {
        value = Optional.of(exactScore(weightOf, worthNum, worthDen));
      }
    }
    List<Score.Component> parts = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      Optional<BigDecimal> worth = ratios.get(j).isPresent()
          ? Optional.of(Fraction.of(worthNum[j], worthDen[j]).toDecimal(4)) : Optional.empty();
      parts.add(new Score.Component(comps[j], weightOf[j], ratios.get(j), worth));
    }
    return new Score(subject, role, parts, value);
  }

  /** The score computed exactly, for the rare value whose floating-point form lies at a rounding boundary. */
  private static BigDecimal exactScore(BigDecimal[] weights, long[] num, long[] den) {
    Fraction sum = Fraction.ZERO;
    Fraction weight = Fraction.ZERO;
    for (int j = 0; j < weights.length; j++) {
      if (den[j] > 0 && weights[j].signum() > 0) {
        Fraction wt = Fraction.of(weights[j]);
        sum = sum.plus(wt.times(Fraction.of(num[j], den[j])));
        weight = weight.plus(wt);
      }
    }
    return sum.dividedBy(weight).times(Fraction.of(100, 1)).toDecimal(2);
  }

  /**
   * Reads weights from JSON.
   *
   * @throws InvalidRulesException naming the JSON path of the first fault
   */
  public static CompositeWeights fromJson(String json) {
    JsonFields top = JsonFields.parse(json, "composite weights", TOP);
    Builder b = builder(top.string("id"));
    top.optionalString("name").ifPresent(b::name);
    top.optionalInteger("pointsTarget").ifPresent(b::pointsTarget);
    Set<String> roleNames = new java.util.LinkedHashSet<>();
    for (ScoredRole r : ScoredRole.values()) {
      roleNames.add(r.name());
    }
    Set<String> componentNames = new java.util.LinkedHashSet<>();
    for (ScoreComponent c : ScoreComponent.values()) {
      componentNames.add(c.name());
    }
    JsonFields roles = top.object("roles", roleNames);
    for (String r : roles.names()) {
      JsonFields ws = roles.object(r, componentNames);
      for (String c : ws.names()) {
        b.weight(ScoredRole.valueOf(r), ScoreComponent.valueOf(c), ws.decimal(c));
      }
    }
    try {
      return b.build();
    } catch (InvalidRulesException e) {
      throw new InvalidRulesException("$." + e.field(), e.value(), e.rule(), e);
    }
  }

  /**
   * The standard weights shipped with the SDK ({@code org/gridgov/scoring/weights/standard.json}).
   */
  public static CompositeWeights standard() {
    try (InputStream in = CompositeWeights.class.getResourceAsStream("/org/gridgov/scoring/weights/standard.json")) {
      if (in == null) {
        throw new IllegalStateException("weights/standard.json is missing from the jar");
      }
      return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The weights as JSON, in the format {@link #fromJson} reads. */
  public String toJson() {
    ObjectNode top = JsonFields.newObject();
    top.put("id", id);
    name.ifPresent(n -> top.put("name", n));
    top.put("pointsTarget", pointsTarget);
    ObjectNode roles = top.putObject("roles");
    weights.forEach((r, ws) -> {
      ObjectNode o = roles.putObject(r.name());
      ws.forEach((c, v) -> o.put(c.name(), v));
    });
    return JsonFields.write(top);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompositeWeights && ((CompositeWeights) o).id.equals(id) && ((CompositeWeights) o).name.equals(name)
        && ((CompositeWeights) o).pointsTarget == pointsTarget && ((CompositeWeights) o).weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + weights.hashCode();
  }

  @Override
  public String toString() {
    return "CompositeWeights[" + id + " " + weights + "]";
  }

  /**
   * A weight for messages: plain when it is short, else in scientific notation, so that a weight
   * like {@code 1e999999999} is never written out digit by digit.
   */
  private static String shown(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return Math.abs((long) s.scale()) <= 32 && s.precision() <= 64 ? s.toPlainString() : s.toString();
  }

  /** Builds {@link CompositeWeights}. */
  public static final class Builder {
    private final String id;
    private Optional<String> name = Optional.empty();
    private Integer pointsTarget;
    private final Map<ScoredRole, Map<ScoreComponent, BigDecimal>> weights = new EnumMap<>(ScoredRole.class);

    private Builder(String id) {
      this.id = id;
    }

    /** A name for people. */
    public Builder name(String name) {
      if (name == null) {
        throw new MissingValueException("name");
      }
      this.name = Optional.of(name);
      return this;
    }

    /** The monthly points worth 100 % of the points component. */
    public Builder pointsTarget(int target) {
      this.pointsTarget = target;
      return this;
    }

    /** Weighs {@code component} by {@code percent} per cent for {@code role}. */
    public Builder weight(ScoredRole role, ScoreComponent component, BigDecimal percent) {
      if (role == null) {
        throw new MissingValueException("role");
      }
      if (component == null) {
        throw new MissingValueException("component");
      }
      if (percent == null) {
        throw new MissingValueException("percent");
      }
      weights.computeIfAbsent(role, r -> new LinkedHashMap<>()).put(component, percent);
      return this;
    }

    /** Weighs {@code component} by {@code percent} per cent for {@code role}. */
    public Builder weight(ScoredRole role, ScoreComponent component, double percent) {
      return weight(role, component, BigDecimal.valueOf(percent));
    }

    /**
     * The weights, checked.
     *
     * @throws InvalidRulesException for weights not adding up to 100 %, a negative or too precise
     *     weight, a component the role may not weigh, or a missing or non-positive points target
     */
    public CompositeWeights build() {
      if (id.isBlank()) {
        throw new InvalidRulesException("id", id, "must not be blank");
      }
      boolean pointsUsed = false;
      Map<ScoredRole, Map<ScoreComponent, BigDecimal>> out = new EnumMap<>(ScoredRole.class);
      for (Map.Entry<ScoredRole, Map<ScoreComponent, BigDecimal>> r : weights.entrySet()) {
        BigDecimal sum = BigDecimal.ZERO;
        Map<ScoreComponent, BigDecimal> ws = new LinkedHashMap<>();
        for (Map.Entry<ScoreComponent, BigDecimal> w : r.getValue().entrySet()) {
          String field = "roles." + r.getKey() + "." + w.getKey();
          BigDecimal v = w.getValue();
          String shown = shown(v);
          if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidRulesException(field, shown, "a weight is between 0 and 100 per cent");
          }
          if (v.stripTrailingZeros().scale() > 4) {
            throw new InvalidRulesException(field, shown, "a weight has at most four decimals");
          }
          if (!w.getKey().allowedFor(r.getKey())) {
            throw new InvalidRulesException(field, shown, w.getKey() + " is weighed only for GRID_WORKER");
          }
          pointsUsed |= w.getKey() == ScoreComponent.POINTS && v.signum() > 0;
          sum = sum.add(v);
          ws.put(w.getKey(), v.stripTrailingZeros().scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v.stripTrailingZeros());
        }
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
          throw new InvalidRulesException("roles." + r.getKey(), sum.stripTrailingZeros().toPlainString(),
              "the weights of a role must add up to 100 %; these add up to " + sum.stripTrailingZeros().toPlainString() + " %");
        }
        out.put(r.getKey(), Collections.unmodifiableMap(ws));
      }
      if (pointsTarget != null && pointsTarget <= 0) {
        throw new InvalidRulesException("pointsTarget", Integer.toString(pointsTarget), "must be positive");
      }
      if (pointsUsed && pointsTarget == null) {
        throw new InvalidRulesException("pointsTarget", "", "is required when POINTS is weighed: the monthly points worth 100 %");
      }
      return new CompositeWeights(id, name, pointsTarget == null ? 100 : pointsTarget, Collections.unmodifiableMap(out));
    }
  }
}
