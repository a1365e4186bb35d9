package org.gridgov.core;

/** Checks shared by the element types. */
final class Elements {
  private Elements() {}

  static void requireId(String id, String what) {
    if (id.isBlank() || id.length() > 64 || !id.chars().allMatch(c -> c > ' ' && c != ',' && c < 0x7f)) {
      throw new InvalidInputException(what + ".id", id,
          "an element id is 1 to 64 printable ASCII characters without spaces or commas");
    }
  }
}
