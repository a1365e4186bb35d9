package org.gridgov.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gridgov.core.GridGovJson;
import org.gridgov.core.GridScheme;
import org.gridgov.core.InvalidSchemeException;

/** Reads scheme files strictly; every failure is an {@link InvalidSchemeException} with a JSON path. */
public final class SchemeReader {
  private static final ConcurrentMap<String, GridScheme> BUILT_IN = new ConcurrentHashMap<>();

  private SchemeReader() {}

  public static GridScheme read(String json) {
    return GridGovJson.read(json, GridScheme.class, "scheme", InvalidSchemeException::new);
  }

  public static GridScheme read(InputStream json) {
    return GridGovJson.read(json, GridScheme.class, "scheme", InvalidSchemeException::new);
  }

  public static String write(GridScheme scheme) {
    return GridGovJson.write(scheme);
  }

  public static GridScheme builtIn(String resource) {
    return BUILT_IN.computeIfAbsent(resource, r -> {
      try (InputStream in = SchemeReader.class.getResourceAsStream("/org/gridgov/core/schemes/" + r)) {
        if (in == null) {
          throw new IllegalStateException("built-in scheme " + r + " is missing from the jar");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
