package org.gridgov.examples.month;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterType;

/**
 * How often each matter type is reported (事项发生率): expected reports per basic grid and day, for
 * urban and rural grids. The demo catalogue (Taibaihu's) has its own figures — parking and street
 * vendors in town, straw burning in the villages — about 0.93 a day in an urban grid and 0.70 in a
 * rural one; any other catalogue spreads {@link #DEFAULT_PER_DAY} evenly over its admitted types.
 * Matter types not admitted for grid workers (事项准入), and those with no rate (the one-key call for
 * help, which comes from wristbands), are never reported this way.
 */
final class Arrivals {
  /** Reports per basic grid and day for a catalogue without figures of its own. */
  static final double DEFAULT_PER_DAY = 0.85;
  /** Weekends and public holidays see fewer reports. */
  static final double OFF_DAY_FACTOR = 0.8;

  private static final Map<String, double[]> KNOWN = Map.ofEntries(
      Map.entry("city.illegal-parking", new double[] {0.16, 0.03}),
      Map.entry("city.street-vendor", new double[] {0.12, 0.03}),
      Map.entry("city.garbage", new double[] {0.12, 0.12}),
      Map.entry("city.manhole-cover", new double[] {0.05, 0.02}),
      Map.entry("housing.leaking-roof", new double[] {0.06, 0.04}),
      Map.entry("housing.property-dispute", new double[] {0.07, 0.01}),
      Map.entry("ecology.sewage", new double[] {0.04, 0.06}),
      Map.entry("ecology.burning", new double[] {0.0, 0.12}),
      Map.entry("safety.fire-exit", new double[] {0.07, 0.02}),
      Map.entry("safety.key-person", new double[] {0.03, 0.03}),
      Map.entry("service.elderly-care", new double[] {0.10, 0.12}),
      Map.entry("service.neighbour-dispute", new double[] {0.06, 0.08}),
      Map.entry("market.food-safety", new double[] {0.05, 0.02}),
      // one-key calls for help come from wristbands, not from patrols or the hotline (see HelpCalls)
      Map.entry("service.one-key-help", new double[] {0.0, 0.0}));

  private final List<String> types = new ArrayList<>();
  private final double[] urban;
  private final double[] rural;

  Arrivals(MatterCatalogue catalogue) {
    Map<String, double[]> rates = new LinkedHashMap<>();
    List<MatterType> admitted = catalogue.matterTypes().stream().filter(MatterType::admitted).toList();
    boolean known = admitted.stream().allMatch(t -> KNOWN.containsKey(t.code()));
    for (MatterType t : admitted) {
      double even = DEFAULT_PER_DAY / admitted.size();
      double[] r = known ? KNOWN.get(t.code()) : new double[] {even, even};
      if (r[0] > 0 || r[1] > 0) {
        rates.put(t.code(), r);
      }
    }
    types.addAll(rates.keySet());
    urban = new double[types.size()];
    rural = new double[types.size()];
    for (int i = 0; i < types.size(); i++) {
      urban[i] = rates.get(types.get(i))[0];
      rural[i] = rates.get(types.get(i))[1];
    }
  }

  /** The matter types that are reported, in catalogue order. */
  List<String> types() {
    return types;
  }

  /** Expected reports of type {@code i} per day in a grid of the kind. */
  double perDay(int i, boolean ruralGrid) {
    return ruralGrid ? rural[i] : urban[i];
  }
}
