package org.gridgov.benchmarks.core;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.GridCsv;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does the whole national division file (665,276 rows) take to parse, validate and
 * build into a {@link GridTree}? Baseline: reading the same bytes line by line into a plain
 * {@code HashMap<String, String>} of child to parent, with no checks at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TreeBuildBenchmark {
  private byte[] csv;
  private GridScheme scheme;

  @Setup
  public void load() {
    csv = NationalDivisions.csv();
    scheme = GridSchemes.nationalDivisions();
  }

  /** Baseline: split lines into a child→parent HashMap; no validation, no tree. */
  @Benchmark
  public Map<String, String> baselineHashMapOfParents() throws IOException {
    Map<String, String> parents = new HashMap<>(1 << 20);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] cells = line.split(",", -1);
        parents.put(cells[0], cells[2]);
      }
    }
    return parents;
  }

  /** GridGov: CSV parse (Jackson), every row checked, every tree rule validated, preorder layout. */
  @Benchmark
  public GridTree gridgovParseValidateBuild() {
    return GridCsv.readTree(new ByteArrayInputStream(csv), scheme);
  }
}
