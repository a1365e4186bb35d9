package org.gridgov.benchmarks.core;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCsv;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Is-ancestor and ancestors on the national division tree (665,276 grids), for 4,096 random
 * pairs (half of them true ancestor pairs, drawn from villages), against the baseline of a plain
 * {@code HashMap<String, String>} child→parent walk. Three ways to ask:
 * the baseline walks parent links by hash lookups; {@code gridgovIsAncestorByCode} looks both
 * codes up once and compares preorder intervals; {@code gridgovIsAncestorByNode} holds the two
 * {@link GridNode}s already (as a caller navigating the tree does) and compares intervals only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AncestorQueryBenchmark {
  static final int PAIRS = 4096;

  private Map<String, String> parentOf;
  private GridTree tree;
  private String[] ancestorCodes;
  private String[] descendantCodes;
  private GridCode[] ancestors;
  private GridCode[] descendants;
  private GridNode[] ancestorNodes;
  private GridNode[] descendantNodes;

  @Setup
  public void load() {
    tree = GridCsv.readTree(new ByteArrayInputStream(NationalDivisions.csv()), GridSchemes.nationalDivisions());
    parentOf = new HashMap<>(1 << 20);
    for (Grid g : tree.grids()) {
      parentOf.put(g.code().value(), tree.parent(g.code()).map(p -> p.code().value()).orElse(null));
    }
    List<Grid> all = tree.grids();
    List<Grid> villages = tree.atLevel(5);
    SplittableRandom random = new SplittableRandom(20261125);
    ancestorCodes = new String[PAIRS];
    descendantCodes = new String[PAIRS];
    ancestors = new GridCode[PAIRS];
    descendants = new GridCode[PAIRS];
    ancestorNodes = new GridNode[PAIRS];
    descendantNodes = new GridNode[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      Grid d = villages.get(random.nextInt(villages.size()));
      Grid a;
      if (i % 2 == 0) {
        List<Grid> chain = new ArrayList<>(tree.ancestors(d.code()));
        a = chain.get(random.nextInt(chain.size()));
      } else {
        a = all.get(random.nextInt(all.size()));
      }
      ancestors[i] = a.code();
      descendants[i] = d.code();
      ancestorCodes[i] = a.code().value();
      descendantCodes[i] = d.code().value();
      ancestorNodes[i] = tree.node(a.code());
      descendantNodes[i] = tree.node(d.code());
    }
  }

  private boolean walk(String ancestor, String descendant) {
    String at = parentOf.get(descendant);
    while (at != null) {
      if (at.equals(ancestor)) {
        return true;
      }
      at = parentOf.get(at);
    }
    return false;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void baselineHashMapWalkIsAncestor(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(walk(ancestorCodes[i], descendantCodes[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void gridgovIsAncestorByCode(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(tree.isAncestor(ancestors[i], descendants[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void gridgovIsAncestorByNode(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(ancestorNodes[i].isAncestorOf(descendantNodes[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void baselineHashMapWalkAncestors(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      List<String> chain = new ArrayList<>(5);
      for (String at = parentOf.get(descendantCodes[i]); at != null; at = parentOf.get(at)) {
        chain.add(at);
      }
      bh.consume(chain);
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void gridgovAncestorsByCode(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(tree.ancestors(descendants[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void gridgovAncestorsByNode(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(descendantNodes[i].ancestors());
    }
  }
}
