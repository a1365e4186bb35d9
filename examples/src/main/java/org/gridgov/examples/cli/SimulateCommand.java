package org.gridgov.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.EventLog;
import org.gridgov.examples.month.MonthSimulation;
import org.gridgov.workflow.BusinessCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gridgov simulate}: the first half of the demo on your own district — a month of tickets, as an event log. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    header = "Simulate a month of tickets in your own district; write the event log.",
    description = {"Simulates a month of reports in your district and carries each through the standard closed loop "
        + "(the real ticket service, the working-day calendar), like 'gridgov demo' does; writes the event log, one "
        + "JSON event a line, for 'gridgov report'."},
    footerHeading = "%nExample (on the files 'gridgov demo' writes):%n",
    footer = {"  gridgov simulate --scheme gridgov-demo/scheme.json --grids gridgov-demo/grids.geojson \\",
        "    --roster gridgov-demo/staff.csv --matters gridgov-demo/matters.json --month 2024-05 --events may.jsonl"})
final class SimulateCommand implements Callable<Integer> {
  @Mixin
  DistrictOptions files;

  @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "The month, 2020-01 to 2026-11.")
  YearMonth month;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20240401", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--events", paramLabel = "FILE.jsonl", defaultValue = "events.jsonl",
      description = "Where to write the event log (default: ${DEFAULT-VALUE}).")
  Path events;

  @Mixin
  Verbose verbose;

  private final Io io;

  SimulateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    MonthSimulation.requireCalendar(BusinessCalendar.chinese(), month);
    District d = files.load();
    Steps steps = new Steps(io.err(), io.errTerminal());
    MonthSimulation.Result result;
    try (Steps.Step s = steps.start("simulating " + month, month.lengthOfMonth())) {
      result = MonthSimulation.run(d, month, seed, s);
      s.finished(String.format(Locale.ROOT, "%,d tickets", result.reports()));
    }
    Path parent = events.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    EventLog.write(result.events(), events);
    io.text().printf(Locale.ROOT, "simulated %s in %s (%s), seed %d: %,d tickets, %,d events in %s%n", month, d.title(),
        d.root().code(), seed, result.reports(), result.events().size(), events);
    return Errors.OK;
  }
}
