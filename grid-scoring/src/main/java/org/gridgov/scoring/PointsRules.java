package org.gridgov.scoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.internal.AllowNulls;
import org.gridgov.scoring.internal.JsonFields;
import org.immutables.value.Value;

/**
 * The points rules of a place (积分规则), as data: points per matter type and outcome, a daily and
 * a monthly cap on the points a person can be awarded, and the reason codes that make a
 * rejected or cancelled report false or a duplicate.
 *
 * <p>Checked when built: every rule's points have the outcome's sign (awards ≥ 0, penalties ≤ 0)
 * and lie within ±{@value #MAX_POINTS}; no two rules share a matter type and outcome; a
 * special-group visit rule is for {@code *}; caps are not negative and the monthly cap is not
 * below the daily cap. {@link #checkedAgainst(MatterCatalogue)} also checks every matter type
 * against a catalogue. A broken rule is an {@link InvalidRulesException} naming the field
 * ({@code rules[3].points}), the value and the rule.
 *
 * <p>JSON: <pre>{@code
 * { "id": "standard", "name": "…",
 *   "rules": [ { "matterType": "*", "outcome": "VERIFIED_REPORT", "points": 7 }, … ],
 *   "caps": { "daily": 30, "monthly": 300 },
 *   "falseReportReasons": ["invalid", "mistaken"], "duplicateReasons": ["duplicate"] }
 * }</pre>
 */
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    depluralize = true,
    privateNoargConstructor = false,
    jdkOnly = true) // the package's style, with JDK lists so that a null rule reaches check() and is named
public abstract class PointsRules {
  /** The largest number of points one rule may give or take. */
  public static final int MAX_POINTS = 1000;

  private static final Set<String> TOP = Set.of("id", "name", "rules", "caps", "falseReportReasons", "duplicateReasons");
  private static final Set<String> RULE = Set.of("matterType", "outcome", "points");
  private static final Set<String> CAPS = Set.of("daily", "monthly");

  /** The rule set's id. */
  public abstract String id();

  /** A name for people. */
  public abstract Optional<String> name();

  /** The rules. */
  @AllowNulls
  public abstract List<PointsRule> rules();

  /** The most points (awards, before penalties) a person can be awarded in one calendar day. */
  public abstract OptionalInt dailyCap();

  /** The most points a person can be awarded in one calendar month. */
  public abstract OptionalInt monthlyCap();

  /** Reason codes that make a rejected or cancelled report false (虚假/无效). */
  @Value.Default
  public List<String> falseReportReasons() {
    return List.of("invalid", "mistaken");
  }

  /** Reason codes that make a rejected or cancelled report a duplicate (重复). */
  @Value.Default
  public List<String> duplicateReasons() {
    return List.of("duplicate");
  }

  @Value.Lazy
  Map<String, Integer> index() {
    Map<String, Integer> m = new HashMap<>();
    for (PointsRule r : rules()) {
      m.put(r.matterType() + "\u0000" + r.outcome().name(), r.points());
    }
    return m;
  }

  /** The points for {@code outcome} of {@code matterType}: its own rule, else the {@code *} rule, else none. */
  public OptionalInt points(String matterType, PointsOutcome outcome) {
    if (matterType == null) {
      throw new MissingValueException("matterType");
    }
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    Integer p = index().get(matterType + "\u0000" + outcome.name());
    if (p == null) {
      p = index().get(PointsRule.ANY + "\u0000" + outcome.name());
    }
    return p == null ? OptionalInt.empty() : OptionalInt.of(p);
  }

  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new InvalidRulesException("id", id(), "must not be blank");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rules().size(); i++) {
      PointsRule r = rules().get(i);
      String at = "rules[" + i + "]";
      if (r == null) {
        throw new MissingValueException(at);
      }
      if (r.matterType().isBlank()) {
        throw new InvalidRulesException(at + ".matterType", r.matterType(), "must be a matter type code or *");
      }
      if (r.outcome().isPenalty() && r.points() > 0) {
        throw new InvalidRulesException(at + ".points", Integer.toString(r.points()),
            r.outcome() + " is a penalty: its points must be 0 or negative");
      }
      if (!r.outcome().isPenalty() && r.points() < 0) {
        throw new InvalidRulesException(at + ".points", Integer.toString(r.points()),
            r.outcome() + " is an award: its points must be 0 or positive");
      }
      if (Math.abs((long) r.points()) > MAX_POINTS) {
        throw new InvalidRulesException(at + ".points", Integer.toString(r.points()),
            "a rule gives or takes at most " + MAX_POINTS + " points");
      }
      if (r.outcome() == PointsOutcome.SPECIAL_GROUP_VISIT && !r.matterType().equals(PointsRule.ANY)) {
        throw new InvalidRulesException(at + ".matterType", r.matterType(),
            "a SPECIAL_GROUP_VISIT rule is about visits, not tickets: its matter type must be *");
      }
      Integer before = seen.put(r.matterType() + "\u0000" + r.outcome(), i);
      if (before != null) {
        throw new InvalidRulesException(at, r.matterType() + " " + r.outcome(),
            "duplicates rules[" + before + "]: one rule per matter type and outcome");
      }
    }
    if (dailyCap().isPresent() && dailyCap().getAsInt() < 0) {
      throw new InvalidRulesException("caps.daily", Integer.toString(dailyCap().getAsInt()), "a cap must not be negative");
    }
    if (monthlyCap().isPresent() && monthlyCap().getAsInt() < 0) {
      throw new InvalidRulesException("caps.monthly", Integer.toString(monthlyCap().getAsInt()), "a cap must not be negative");
    }
    if (dailyCap().isPresent() && monthlyCap().isPresent() && monthlyCap().getAsInt() < dailyCap().getAsInt()) {
      throw new InvalidRulesException("caps.monthly", Integer.toString(monthlyCap().getAsInt()),
          "the monthly cap must not be below the daily cap (" + dailyCap().getAsInt() + ")");
    }
    for (int i = 0; i < falseReportReasons().size(); i++) {
      if (duplicateReasons().contains(falseReportReasons().get(i))) {
        throw new InvalidRulesException("falseReportReasons[" + i + "]", falseReportReasons().get(i),
            "a reason code is either false-report or duplicate, not both");
      }
    }
  }

  /**
   * These rules, after checking every matter type against {@code catalogue}.
   *
   * @throws InvalidRulesException naming the first rule whose matter type is neither {@code *}
   *     nor in the catalogue
   */
  public PointsRules checkedAgainst(MatterCatalogue catalogue) {
    if (catalogue == null) {
      throw new MissingValueException("catalogue");
    }
    for (int i = 0; i < rules().size(); i++) {
      String m = rules().get(i).matterType();
      if (!m.equals(PointsRule.ANY) && catalogue.find(m).isEmpty()) {
        throw new InvalidRulesException("rules[" + i + "].matterType", m,
            "must be * or a matter type of the catalogue (" + catalogue.matterTypes().size() + " types)");
      }
    }
    return this;
  }

  /**
   * Reads rules from JSON and checks them against {@code catalogue}.
   *
   * @throws InvalidRulesException naming the JSON path of the first fault
   */
  public static PointsRules fromJson(String json, MatterCatalogue catalogue) {
    JsonFields top = JsonFields.parse(json, "points rules", TOP);
    Builder b = builder().id(top.string("id"));
    top.optionalString("name").ifPresent(b::name);
    for (JsonFields r : top.objects("rules", RULE)) {
      b.addRules(new PointsRule(r.string("matterType"), r.constant("outcome", PointsOutcome.class), r.integer("points")));
    }
    top.optionalObject("caps", CAPS).ifPresent(c -> {
      c.optionalInteger("daily").ifPresent(b::dailyCap);
      c.optionalInteger("monthly").ifPresent(b::monthlyCap);
    });
    if (top.has("falseReportReasons")) {
      b.falseReportReasons(top.strings("falseReportReasons"));
    }
    if (top.has("duplicateReasons")) {
      b.duplicateReasons(top.strings("duplicateReasons"));
    }
    PointsRules rules;
    try {
      rules = b.build();
    } catch (InvalidRulesException e) {
      throw new InvalidRulesException("$." + e.field(), e.value(), e.rule(), e);
    }
    try {
      return rules.checkedAgainst(catalogue);
    } catch (InvalidRulesException e) {
      throw new InvalidRulesException("$." + e.field(), e.value(), e.rule(), e);
    }
  }

  /** Reads rules from a UTF-8 JSON stream (not closed), as {@link #fromJson(String, MatterCatalogue)}. */
  public static PointsRules fromJson(InputStream json, MatterCatalogue catalogue) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    try {
      return fromJson(new String(json.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The standard rules shipped with the SDK ({@code org/gridgov/scoring/points/standard.json}):
   * a verified report earns the reporter 7 points, as in the articles; on-time handling 2; rework
   * −2; a false report −3, a duplicate −1; overdue −2; a special-group visit on time 1; at most
   * 30 points a day and 300 a month. Checked against {@code catalogue}.
   */
  public static PointsRules standard(MatterCatalogue catalogue) {
    try (InputStream in = PointsRules.class.getResourceAsStream("/org/gridgov/scoring/points/standard.json")) {
      if (in == null) {
        throw new IllegalStateException("points/standard.json is missing from the jar");
      }
      return fromJson(in, catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules as JSON, in the format {@link #fromJson} reads. */
  public String toJson() {
    ObjectNode top = JsonFields.newObject();
    top.put("id", id());
    name().ifPresent(n -> top.put("name", n));
    ArrayNode rs = top.putArray("rules");
    for (PointsRule r : rules()) {
      rs.addObject().put("matterType", r.matterType()).put("outcome", r.outcome().name()).put("points", r.points());
    }
    if (dailyCap().isPresent() || monthlyCap().isPresent()) {
      ObjectNode caps = top.putObject("caps");
      dailyCap().ifPresent(c -> caps.put("daily", c));
      monthlyCap().ifPresent(c -> caps.put("monthly", c));
    }
    ArrayNode f = top.putArray("falseReportReasons");
    falseReportReasons().forEach(f::add);
    ArrayNode d = top.putArray("duplicateReasons");
    duplicateReasons().forEach(d::add);
    return JsonFields.write(top);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PointsRules}. */
  public static class Builder extends ImmutablePointsRules.Builder {}
}
