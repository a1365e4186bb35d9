package org.gridgov.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.examples.files.MonthFiles;
import org.gridgov.examples.month.DemoDistrict;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.EventLog;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.examples.month.MonthSimulation;
import org.gridgov.geo.BoundaryCoverageReport;
import org.gridgov.geo.CoverageValidator;
import org.gridgov.workflow.BusinessCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov demo}: a month in a real district, end to end — the demo district generated,
 * its coverage checked, the month simulated through the real ticket service, scored, and the
 * files written; a summary on stdout.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    header = "Run a month in a real district (呈贡区, 530114): briefing, rankings, GeoJSON, a map, a page.",
    description = {"Runs a month in a real district, with nothing but this jar: the boundary of 呈贡区 (Chenggong "
        + "District, Kunming, 530114) split into Taibaihu's scheme (2 level-1, 57 level-2, 219 basic grids) and "
        + "police grids, staffed, a seeded month of reports located and carried through the standard closed loop "
        + "on the working-day calendar, scored and briefed.", "",
        "Writes to DIR: index.html (open it in a browser); briefing.md; ranking.csv and tickets.csv; grids.geojson and "
            + "tickets.geojson; map.svg and map.png; the event log events.jsonl; and the district's own files "
            + "scheme.json, matters.json and staff.csv (for 'gridgov simulate' and 'gridgov report')."},
    footerHeading = "%nExample:%n",
    footer = {"  gridgov demo --out /tmp/demo --seed 7 --month 2022-01", "  (then open /tmp/demo/index.html)",
        "  gridgov demo --store postgres           (the month on an embedded PostgreSQL)",
        "  gridgov demo --jdbc jdbc:postgresql://localhost:5432/city --jdbc-user gridgov"})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "gridgov-demo",
      description = "The directory to write to, made when missing (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20240401",
      description = "The seed of the month: the same seed gives the same tickets (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2024-04",
      description = "The month to simulate, 2020-01 to 2026-11: the calendar has holidays for 2020-2026 "
          + "(default: ${DEFAULT-VALUE}).")
  YearMonth month;

  @Option(names = "--store", paramLabel = "memory|postgres", defaultValue = "memory",
      description = "Where tickets and points live: memory (default) or postgres — with --jdbc that database, "
          + "without it an embedded PostgreSQL started for the run (no server to install).")
  String store;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "A PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db); implies --store postgres. The run "
          + "writes to a new schema gridgov_demo_<time>, named in the summary.")
  String jdbc;

  @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "${env:GRIDGOV_JDBC_USER:-postgres}",
      description = "The database user (default: $GRIDGOV_JDBC_USER or postgres).")
  String jdbcUser;

  @Option(names = "--jdbc-password", paramLabel = "PASSWORD", defaultValue = "${env:GRIDGOV_JDBC_PASSWORD:-}",
      description = "The database password (default: $GRIDGOV_JDBC_PASSWORD).")
  String jdbcPassword;

  @Mixin
  Verbose verbose;

  private final Io io;

  DemoCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    MonthSimulation.requireCalendar(BusinessCalendar.chinese(), month);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InvalidInputException("--out", out.toString(), "is a file; give a directory");
    }
    if (!store.equals("memory") && !store.equals("postgres")) {
      throw new InvalidInputException("--store", store, "must be memory or postgres");
    }
    if (jdbc != null && !jdbc.startsWith("jdbc:postgresql:")) {
      throw new InvalidInputException("--jdbc", jdbc, "must be a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database");
    }
    Steps steps = new Steps(io.err(), io.errTerminal());
    try (DemoDatabase db = openDatabase(steps)) {
      return run(steps, db, started);
    }
  }

  private DemoDatabase openDatabase(Steps steps) {
    if (jdbc == null && store.equals("memory")) {
      return DemoDatabase.memory();
    }
    try (Steps.Step s = steps.start(jdbc != null ? "connecting to " + jdbc : "starting an embedded PostgreSQL", 1)) {
      DemoDatabase db = jdbc != null ? DemoDatabase.jdbc(jdbc, jdbcUser, jdbcPassword) : DemoDatabase.embedded();
      s.finished(db.description());
      return db;
    }
  }

  private Integer run(Steps steps, DemoDatabase db, long started) {
    District district;
    try (Steps.Step s = steps.start("generating the grids of 呈贡区 530114", 1)) {
      district = DemoDistrict.generate(DemoDistrict.SEED);
      s.finished(district.tree().size() + " grids");
    }
    District d = district;
    CompletableFuture<BoundaryCoverageReport> coverage =
        CompletableFuture.supplyAsync(() -> CoverageValidator.defaults().validate(d.tree(), d.grids()));
    MonthSimulation.Result month;
    try (Steps.Step s = steps.start("simulating " + this.month, this.month.lengthOfMonth())) {
      month = MonthSimulation.run(d, this.month, seed, s, db.tickets(d.tree()));
      s.finished(String.format(Locale.ROOT, "%,d tickets, %,d events", month.reports(), month.events().size()));
    }
    List<Path> written = new ArrayList<>();
    MonthSimulation.Result m = month;
    CompletableFuture<List<Path>> log = CompletableFuture.supplyAsync(() -> {
      List<Path> files = new ArrayList<>(MonthFiles.writeDistrict(d, out));
      EventLog.write(m.events(), out.resolve("events.jsonl"));
      files.add(out.resolve("events.jsonl"));
      return files;
    });
    MonthScores scores;
    try (Steps.Step s = steps.start("scoring " + this.month, 1)) {
      scores = MonthScores.of(d, this.month, m.events(), db.points());
      s.finished(scores.departments().entries().size() + " departments, " + scores.grids().entries().size() + " grids ranked");
    }
    try (Steps.Step s = steps.start("writing the files", MonthFiles.MONTH.size())) {
      written.addAll(MonthFiles.writeMonth(scores, out, s));
      written.addAll(join(log));
      s.finished(written.size() + " files in " + out);
    }
    io.text().printf(Locale.ROOT, "GridGov demo: %s (%s), %s, seed %d%n", d.title(), d.root().code(), this.month, seed);
    Summary.print(io.text(), scores, Optional.of(join(coverage)), out, written, m.matches(), (System.nanoTime() - started) / 1e9);
    io.text().printf(Locale.ROOT, "  tickets and points kept %s%n", db.description());
    io.text().flush();
    return Errors.OK;
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }
}
