package org.gridgov.benchmarks.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The national division file (NBS 2023, 665,276 rows) from grid-core's test-jar, as bytes. */
final class NationalDivisions {
  private NationalDivisions() {}

  static byte[] csv() {
    try (InputStream in = NationalDivisions.class.getResourceAsStream("/org/gridgov/core/divisions/divisions.csv")) {
      if (in == null) {
        throw new IllegalStateException("divisions.csv is not on the classpath (grid-core test-jar)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
