package org.gridgov.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * What a {@link GeoJsonReader} did with every feature of a file (边界载入报告): one
 * {@link FeatureOutcome} per element of the {@code features} array, in file order — loaded,
 * re-levelled, re-parented or refused — so that no boundary is ever lost silently.
 *
 * <p>In strict mode a problem throws, so a returned report holds no refused feature; in lenient
 * mode the refused ones carry their problems. Reading that stopped early (malformed JSON, too many
 * problems) reports the features seen up to there.
 *
 * @param outcomes one per feature seen, {@code outcomes.get(i).featureIndex() == i}
 */
public record BoundaryLoadReport(List<FeatureOutcome> outcomes) {
  public BoundaryLoadReport {
    if (outcomes == null) {
      throw new MissingValueException("outcomes");
    }
    for (int i = 0; i < outcomes.size(); i++) {
      FeatureOutcome o = outcomes.get(i);
      if (o == null) {
        throw new MissingValueException("outcomes[" + i + "]");
      }
      if (o.featureIndex() != i) {
        throw new InvalidInputException("outcomes[" + i + "].featureIndex", Integer.toString(o.featureIndex()),
            "one outcome per feature, in file order: must be " + i);
      }
    }
    outcomes = List.copyOf(outcomes);
  }

  /** The number of features seen. */
  public int featuresSeen() {
    return outcomes.size();
  }

  /** The outcome of feature {@code featureIndex}. */
  public FeatureOutcome outcome(int featureIndex) {
    if (featureIndex < 0 || featureIndex >= outcomes.size()) {
      throw new InvalidInputException("featureIndex", Integer.toString(featureIndex),
          "must be between 0 and " + (outcomes.size() - 1));
    }
    return outcomes.get(featureIndex);
  }

  /** The outcomes of one kind, in file order. */
  public List<FeatureOutcome> outcomes(FeatureOutcome.Kind kind) {
    if (kind == null) {
      throw new MissingValueException("kind");
    }
    List<FeatureOutcome> out = new ArrayList<>();
    for (FeatureOutcome o : outcomes) {
      if (o.kind() == kind) {
        out.add(o);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** How many features had each outcome (every kind present, 0 included). */
  public Map<FeatureOutcome.Kind, Integer> counts() {
    Map<FeatureOutcome.Kind, Integer> counts = new EnumMap<>(FeatureOutcome.Kind.class);
    for (FeatureOutcome.Kind k : FeatureOutcome.Kind.values()) {
      counts.put(k, 0);
    }
    for (FeatureOutcome o : outcomes) {
      counts.merge(o.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** How many features had {@code kind}. */
  public int count(FeatureOutcome.Kind kind) {
    return outcomes(kind).size();
  }

  /** The refused features, in file order: empty when every feature became a boundary. */
  public List<FeatureOutcome> refused() {
    return outcomes(FeatureOutcome.Kind.REFUSED);
  }

  /** One line: {@code 865 features: 862 loaded, 3 re-levelled, 0 re-parented, 0 refused}. */
  public String summary() {
    Map<FeatureOutcome.Kind, Integer> c = counts();
    return outcomes.size() + " features: " + c.get(FeatureOutcome.Kind.LOADED) + " loaded, "
        + c.get(FeatureOutcome.Kind.RELEVELLED) + " re-levelled, " + c.get(FeatureOutcome.Kind.REPARENTED)
        + " re-parented, " + c.get(FeatureOutcome.Kind.REFUSED) + " refused";
  }

  @Override
  public String toString() {
    return "BoundaryLoadReport[" + summary() + "]";
  }
}
