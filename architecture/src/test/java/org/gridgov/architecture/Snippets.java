package org.gridgov.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java samples of the Markdown docs and the test regions they copy (代码片段). A region is the
 * lines between {@code // snippet: id} and {@code // end snippet} in a Java source, without their
 * common indentation; a sample is a {@code ```java} block whose previous line is
 * {@code <!-- snippet: id -->}.
 */
final class Snippets {
  static final Pattern REGION_START = Pattern.compile("^\\s*// snippet: ([a-z0-9][a-z0-9-]*)\\s*$");
  static final Pattern REGION_END = Pattern.compile("^\\s*// end snippet\\s*$");
  static final Pattern MARKER = Pattern.compile("^<!-- snippet: ([a-z0-9][a-z0-9-]*) -->\\s*$");

  /** One ```java block of a Markdown file: lines [first, last) are its body. */
  record Block(Path file, int fence, String id, int first, int last, String text) {}

  private Snippets() {}

  /** The repository root: the parent of this module's directory. */
  static Path root() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /** The Markdown files whose samples must be regions: README.md and docs/*.md. */
  static List<Path> markdownFiles() {
    List<Path> out = new ArrayList<>();
    out.add(root().resolve("README.md"));
    try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every region of every Java source under a module's {@code src}, by id; a repeated id is an error. */
  static Map<String, String> regions(List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> all = Files.walk(root())) {
      sources = all.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/")
              && !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path source : sources) {
      List<String> lines = read(source);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = REGION_START.matcher(lines.get(i));
        if (!m.matches()) {
          continue;
        }
        int end = i + 1;
        while (end < lines.size() && !REGION_END.matcher(lines.get(end)).matches()) {
          end++;
        }
        String where = root().relativize(source) + ":" + (i + 1);
        if (end == lines.size()) {
          problems.add(where + ": region " + m.group(1) + " has no '// end snippet'");
          continue;
        }
        if (out.put(m.group(1), dedent(lines.subList(i + 1, end))) != null) {
          problems.add(where + ": region id " + m.group(1) + " is used twice");
        }
        i = end;
      }
    }
    return out;
  }

  /** Every ```java block of {@code markdown}, with the id of the marker before it (empty when none). */
  static List<Block> blocks(Path markdown, List<String> problems) {
    List<String> lines = read(markdown);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).trim().equals("```java")) {
        Matcher stray = MARKER.matcher(lines.get(i));
        if (stray.matches() && (i + 1 >= lines.size() || !lines.get(i + 1).trim().equals("```java"))) {
          problems.add(root().relativize(markdown) + ":" + (i + 1) + ": marker " + stray.group(1)
              + " is not followed by a ```java block");
        }
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).trim().equals("```")) {
        end++;
      }
      Matcher m = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
      String id = m != null && m.matches() ? m.group(1) : "";
      out.add(new Block(markdown, i, id, i + 1, end, dedent(lines.subList(i + 1, Math.min(end, lines.size())))));
      i = end;
    }
    return out;
  }

  /** The lines without their common indentation and trailing blanks, joined with newlines. */
  static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    int cut = indent == Integer.MAX_VALUE ? 0 : indent;
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(cut).stripTrailing())
        .collect(Collectors.joining("\n")).strip();
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
