package org.gridgov.geo.internal;

import java.util.ArrayList;
import java.util.List;

/** The properties of one feature that the reader looks at, as read, before any check. */
final class FeatureProperties {
  /** The code as text (a string or an integer in the file). */
  String code;
  /** The code's value when it was neither a string nor an integer. */
  String codeBad;
  String name;
  /** The level when it was an integer (or a string of up to three digits). */
  Integer level;
  /** The level when it was another string: a level word such as {@code district}, or an unknown one. */
  String levelWord;
  /** The level when it was anything else (a fraction, a boolean, an object…). */
  String levelBad;
  String layer;
  String parent;
  String kind;
  /** Properties of the wrong type, and their values. */
  final List<String> bad = new ArrayList<>();
  final List<String> badValues = new ArrayList<>();

  void bad(String field, String value) {
    bad.add(field);
    badValues.add(value);
  }
}
