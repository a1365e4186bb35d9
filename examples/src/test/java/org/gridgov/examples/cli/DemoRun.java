package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code gridgov demo} run once per test JVM (it takes seconds), in-process with a fixed seed,
 * into {@code target/demo-test}; every test class that needs its files asks here.
 */
public final class DemoRun {
  static final long SEED = 20240401L;
  static final String MONTH = "2024-04";
  private static Cli.Run run;
  private static Path dir;

  private DemoRun() {}

  /** The run; the first call makes it. */
  public static synchronized Cli.Run run() {
    if (run == null) {
      dir = Path.of("target", "demo-test").toAbsolutePath();
      delete(dir);
      run = Cli.run("demo", "--out", dir.toString(), "--seed", Long.toString(SEED), "--month", MONTH);
    }
    return run;
  }

  /** Where it wrote its files. */
  public static Path dir() {
    run();
    return dir;
  }

  /** A file it wrote. */
  public static Path file(String name) {
    return dir().resolve(name);
  }

  static void delete(Path d) {
    if (!Files.exists(d)) {
      return;
    }
    try (Stream<Path> all = Files.walk(d)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
