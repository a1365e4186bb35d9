package org.gridgov.examples.cli;

import java.nio.file.Path;

/** The directory of the shared demo run, for tests outside this package. */
public final class DemoFiles {
  private DemoFiles() {}

  /** Runs the demo once per test JVM (if no test has yet) and gives its directory. */
  public static Path dir() {
    return DemoRun.dir();
  }
}
