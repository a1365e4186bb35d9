package org.gridgov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Java sample in {@code README.md} and {@code docs/*.md} is a verbatim copy of a region of a
 * test that compiles and runs, so no sample uses a name it never defines. After changing a region,
 * copy it into the docs with
 * {@code ./mvnw -q -pl architecture -am test -Dtest=SnippetsTest -Dsurefire.failIfNoSpecifiedTests=false -Dsnippets.update=true}.
 */
class SnippetsTest {
  @Test
  void everyJavaSampleOfTheDocsIsARegionOfATest() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> regions = Snippets.regions(problems);
    boolean update = Boolean.getBoolean("snippets.update");
    int samples = 0;
    for (Path md : Snippets.markdownFiles()) {
      List<String> lines = new ArrayList<>(Snippets.read(md));
      boolean changed = false;
      List<Snippets.Block> blocks = Snippets.blocks(md, problems);
      for (int b = blocks.size() - 1; b >= 0; b--) {
        Snippets.Block block = blocks.get(b);
        samples++;
        String where = Snippets.root().relativize(md) + ":" + (block.fence() + 1);
        if (block.id().isEmpty()) {
          problems.add(where + ": a ```java block without a '<!-- snippet: id -->' line before it");
          continue;
        }
        String region = regions.get(block.id());
        if (region == null) {
          problems.add(where + ": no test has the region '// snippet: " + block.id() + "'");
        } else if (!region.equals(block.text())) {
          if (update) {
            lines.subList(block.first(), block.last()).clear();
            lines.addAll(block.first(), List.of(region.split("\n", -1)));
            changed = true;
          } else {
            problems.add(where + ": sample " + block.id() + " differs from its region; copy it with -Dsnippets.update=true");
          }
        }
      }
      if (changed) {
        Files.write(md, lines, StandardCharsets.UTF_8);
      }
    }
    assertThat(problems).as("samples of the docs that are not regions of a test").isEmpty();
    assertThat(samples).as("samples checked").isPositive();
  }
}
