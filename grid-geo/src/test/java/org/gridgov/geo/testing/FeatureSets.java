package org.gridgov.geo.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of GeoJSON feature collections as boundary files have them, good and
 * bad mixed: division codes of several levels written plain or padded with zeros (so some cities
 * have counties below them and some have none), levels as integers, level words, unknown words or
 * absent, parents that are the code's own, an ancestor above it, the country, a contradiction or
 * absent, duplicate codes, codes that are not digits or too long for their level, and broken
 * features and geometries (not an object, no properties, a null geometry, an unclosed ring, a ring
 * of three positions, a longitude beyond 180). Each text is derived from one seed.
 */
public final class FeatureSets {
  private static final String[][] DIVISIONS = {
      {"11", "1"}, {"44", "1"}, {"1101", "2"}, {"4401", "2"}, {"4419", "2"}, {"4420", "2"}, {"110105", "3"},
      {"110106", "3"}, {"440103", "3"}, {"440104", "3"}, {"110105001", "4"}, {"440103002", "4"}};
  private static final String[] WORDS = {"province", "city", "county", "street"};
  private static final String[] HOSTILE_LEVELS = {"\"区县\"", "2.5", "true", "{}", "\"\"", "0", "-1", "99"};

  private FeatureSets() {}

  /** A FeatureCollection text and the number of elements of its {@code features} array. */
  public record FeatureSet(String json, int features) {
    @Override
    public String toString() {
      return features + " features: " + json;
    }
  }

  /** FeatureCollections of 0 to {@code max} features. */
  public static Gen<FeatureSet> collections(int max) {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(seed -> collection(new SplittableRandom(seed), max));
  }

  static FeatureSet collection(SplittableRandom r, int max) {
    int n = r.nextInt(max + 1);
    List<String> features = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      features.add(r.nextInt(12) == 0 ? broken(r) : feature(r, i));
    }
    return new FeatureSet("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}", n);
  }

  private static String feature(SplittableRandom r, int i) {
    String[] division = DIVISIONS[r.nextInt(DIVISIONS.length)];
    String code = division[0];
    int level = Integer.parseInt(division[1]);
    StringBuilder props = new StringBuilder();
    switch (r.nextInt(10)) {
      case 0:
        break; // no code
      case 1:
        props.append("\"code\":\"").append(code).append("x\",");
        break;
      case 2:
        props.append("\"code\":").append(code).append(','); // an integer
        break;
      default:
        props.append("\"code\":\"").append(pad(r, code)).append("\",");
    }
    props.append("\"name\":\"").append(r.nextBoolean() ? "区划" + i : "").append("\",");
    switch (r.nextInt(8)) {
      case 0:
        break; // no level
      case 1:
        props.append("\"level\":").append(HOSTILE_LEVELS[r.nextInt(HOSTILE_LEVELS.length)]).append(',');
        break;
      case 2:
        props.append("\"level\":\"").append(WORDS[r.nextInt(WORDS.length)]).append("\","); // maybe not its own
        break;
      case 3:
      case 4:
        props.append("\"level\":").append(level).append(',');
        break;
      default:
        props.append("\"level\":\"").append(WORDS[level - 1]).append("\",");
    }
    if (level > 1 || r.nextInt(3) == 0) {
      switch (r.nextInt(6)) {
        case 0:
          break; // no parent
        case 1:
          props.append("\"parent\":\"").append(pad(r, code.substring(0, 2))).append("\","); // an ancestor, or own
          break;
        case 2:
          props.append("\"parent\":\"100000\",");
          break;
        case 3:
          props.append("\"parent\":\"").append(pad(r, DIVISIONS[r.nextInt(DIVISIONS.length)][0])).append("\",");
          break;
        default:
          props.append("\"parent\":\"").append(pad(r, ownParent(code))).append("\",");
      }
    }
    props.append("\"src\":").append(i);
    return "{\"type\":\"Feature\",\"properties\":{" + props + "},\"geometry\":" + geometry(r) + "}";
  }

  /** The code as written: plain, or padded with zeros to 6 or 12 digits when it fits. */
  private static String pad(SplittableRandom r, String code) {
    int choice = r.nextInt(3);
    if (choice == 1 && code.length() <= 6) {
      return code + "0".repeat(6 - code.length());
    }
    if (choice == 2) {
      return code + "0".repeat(12 - code.length());
    }
    return code;
  }

  private static String ownParent(String code) {
    int[] ends = {2, 4, 6, 9, 12};
    for (int k = ends.length - 1; k >= 0; k--) {
      if (ends[k] < code.length()) {
        return code.substring(0, ends[k]);
      }
    }
    return code;
  }

  private static String geometry(SplittableRandom r) {
    double x = r.nextDouble(73, 135);
    double y = r.nextDouble(18, 53);
    double w = r.nextDouble(0.01, 1);
    switch (r.nextInt(14)) {
      case 0:
        return "null";
      case 1:
        return ring(x, y, w, 2, false);
      case 2:
        return ring(x, y, w, 4, true);
      case 3:
        return ring(x + 200, y, w, 4, false);
      default:
        return ring(x, y, w, 4, false);
    }
  }

  /** A polygon of the first {@code corners} corners of a square, closed (2 corners: a ring of three positions). */
  private static String ring(double x, double y, double w, int corners, boolean unclosed) {
    double[][] c = {{x, y}, {x + w, y}, {x + w, y + w}, {x, y + w}};
    StringBuilder s = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i < corners; i++) {
      s.append('[').append(c[i][0]).append(',').append(c[i][1]).append("],");
    }
    double[] last = unclosed ? c[2] : c[0];
    s.append('[').append(last[0]).append(',').append(last[1]).append("]]]}");
    return s.toString();
  }

  private static String broken(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return "7";
      case 1:
        return "{\"type\":\"Feature\",\"properties\":null,\"geometry\":null}";
      case 2:
        return "{\"type\":\"Feature\",\"properties\":[1],\"geometry\":" + geometry(r) + "}";
      default:
        return "{\"type\":\"Fetaure\",\"properties\":{\"code\":\"11\",\"level\":1},\"geometry\":" + geometry(r) + "}";
    }
  }
}
