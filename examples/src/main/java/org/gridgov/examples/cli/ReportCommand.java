package org.gridgov.examples.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.examples.files.MonthFiles;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.EventLog;
import org.gridgov.examples.month.GridFiles;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.examples.month.MonthSimulation;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.TicketEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gridgov report}: the second half of the demo — an event log scored and written as the month's files. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    header = "Score a month of an event log; write the briefing, rankings, GeoJSON, map, page.",
    description = {"Scores a month of an event log (points, indicators, rankings, the monthly briefing) and writes "
        + "the month's files as 'gridgov demo' does: index.html, the briefing, the rankings, the ticket table, the "
        + "GeoJSON files and the map."},
    footerHeading = "%nExample (after 'gridgov simulate'):%n",
    footer = {"  gridgov report --scheme gridgov-demo/scheme.json --grids gridgov-demo/grids.geojson \\",
        "    --roster gridgov-demo/staff.csv --matters gridgov-demo/matters.json --events may.jsonl --month 2024-05 --out may"})
final class ReportCommand implements Callable<Integer> {
  @Mixin
  DistrictOptions files;

  @Option(names = "--events", paramLabel = "FILE.jsonl", required = true, description = "The event log, one JSON event a line.")
  Path events;

  @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "The month to score.")
  YearMonth month;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "gridgov-report",
      description = "The directory to write to, made when missing (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  Verbose verbose;

  private final Io io;

  ReportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    MonthSimulation.requireCalendar(BusinessCalendar.chinese(), month);
    District d = files.load();
    GridFiles.requireFile("--events", events);
    List<TicketEvent> log = Errors.reading("--events", events, () -> EventLog.read(events));
    Steps steps = new Steps(io.err(), io.errTerminal());
    MonthScores scores;
    try (Steps.Step s = steps.start("scoring " + month, 1)) {
      scores = Errors.reading("--events", events, () -> MonthScores.of(d, month, log));
      s.finished(String.format(java.util.Locale.ROOT, "%,d events in the month", scores.events().size()));
    }
    List<Path> written;
    try (Steps.Step s = steps.start("writing the files", MonthFiles.MONTH.size())) {
      written = MonthFiles.writeMonth(scores, out, s);
      s.finished(written.size() + " files in " + out);
    }
    io.text().printf("GridGov report: %s (%s), %s, from %s%n", d.title(), d.root().code(), month, events);
    Summary.print(io.text(), scores, Optional.empty(), out, written, java.util.List.of(), (System.nanoTime() - started) / 1e9);
    return Errors.OK;
  }
}
