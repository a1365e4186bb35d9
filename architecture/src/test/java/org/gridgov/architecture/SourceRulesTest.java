package org.gridgov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the sources (源码规则): small files (no main class over 400 lines), a
 * {@code package-info.java} saying what each package is for, and a {@code module-info.java} in
 * every library module.
 */
class SourceRulesTest {
  private static final int MAX_LINES = 400;

  @Test
  void noMainSourceFileIsOver400Lines() throws IOException {
    Set<String> long_ = new TreeSet<>();
    for (Path f : mainSources()) {
      long n = Files.readAllLines(f).size();
      if (n > MAX_LINES) {
        long_.add(Snippets.root().relativize(f) + " (" + n + " lines)");
      }
    }
    assertThat(long_).as("main sources over " + MAX_LINES + " lines").isEmpty();
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    Set<Path> dirs = new TreeSet<>();
    for (Path f : mainSources()) {
      if (!f.getFileName().toString().equals("module-info.java")) {
        dirs.add(f.getParent());
      }
    }
    List<String> missing = dirs.stream().filter(d -> !Files.exists(d.resolve("package-info.java")))
        .map(d -> Snippets.root().relativize(d).toString()).collect(Collectors.toList());
    assertThat(missing).as("packages without package-info.java").isEmpty();
  }

  @Test
  void everyLibraryModuleHasAModuleInfo() throws IOException {
    try (Stream<Path> modules = Files.list(Snippets.root())) {
      List<String> missing = modules.filter(m -> m.getFileName().toString().startsWith("grid-"))
          .filter(m -> !Files.exists(m.resolve("src/main/java/module-info.java")))
          .map(m -> m.getFileName().toString()).collect(Collectors.toList());
      assertThat(missing).as("library modules without module-info.java").isEmpty();
    }
  }

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> all = Files.walk(Snippets.root())) {
      return all.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
          && !p.toString().contains("/target/")).sorted().collect(Collectors.toList());
    }
  }
}
