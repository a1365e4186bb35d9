package org.gridgov.core.internal;

/** Helpers for JSON paths; the strict mapper itself is {@link org.gridgov.core.GridGovJson}. */
public final class Json {
  private Json() {}

  /** {@code $.levels[2]} joined with {@code name} or {@code [0].id} or a list of names. */
  public static String join(String path, String field) {
    if (field == null || field.isEmpty()) {
      return path;
    }
    if (field.startsWith("$")) {
      return field;
    }
    return field.startsWith("[") ? path + field : path + "." + field;
  }
}
