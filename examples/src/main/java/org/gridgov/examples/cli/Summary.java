package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gridgov.core.GridCode;
import org.gridgov.core.Role;
import org.gridgov.core.StaffAssignment;
import org.gridgov.core.StaffingReport;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.examples.month.MonthSummary;
import org.gridgov.examples.month.OneKeyCalls;
import org.gridgov.examples.month.VolunteerMatch;
import org.gridgov.geo.BoundaryCoverageReport;
import org.gridgov.scoring.Ranked;

/** The short summary a month's command prints on stdout: grids, staff, tickets, best and worst, files. */
final class Summary {
  private Summary() {}

  static void print(PrintWriter out, MonthScores scores, Optional<BoundaryCoverageReport> coverage, Path dir,
      List<Path> files, List<VolunteerMatch> matches, double seconds) {
    District d = scores.district();
    MonthSummary s = MonthSummary.of(scores, 3);
    int basic = d.tree().scheme().basicLevel();
    out.printf(Locale.ROOT, "%n  grids        %s; %d police grids mapped onto them (双格融合)%n", levels(d, basic),
        d.policeGrids().size());
    coverage.ifPresent(c -> out.printf(Locale.ROOT, "               CoverageValidator: %s%n", c.gaps().isEmpty()
        && c.overlaps().isEmpty() && c.outside().isEmpty() && c.ringProblems().isEmpty()
        ? "the grids tile the district level by level, no gap, no overlap"
        : c.gaps().size() + " gaps, " + c.overlaps().size() + " overlaps, " + c.outside().size() + " parts outside their parent"));
    Map<String, Long> roles = d.roster().assignments().stream()
        .collect(Collectors.groupingBy(StaffAssignment::role, TreeMap::new, Collectors.counting()));
    StaffingReport staffing = StaffingReport.of(d.tree(), d.roster());
    out.printf(Locale.ROOT, "  staff        %,d grid workers (%s), %,d grid leaders, %,d community police officers%n",
        roles.getOrDefault(Role.GRID_WORKER.id(), 0L), staffing.isCompliant() ? "一格一员: compliant"
            : staffing.failingGrids().size() + " grids fail the staffing rule", roles.getOrDefault(Role.GRID_LEADER.id(), 0L),
        roles.getOrDefault(Role.POLICE_OFFICER.id(), 0L));
    out.printf(Locale.ROOT, "  tickets      %,d reported, %,d closed (%s on time); %,d overdue, %,d returned,%n"
        + "               %,d reworked, %,d whistled up (吹哨), %,d still open at the month's end%n",
        s.reported(), s.closed(), s.onTimeRate().map(r -> r.percent(1).toPlainString() + " %").orElse("none"),
        s.overdue(), s.returned(), s.reworked(), s.escalated(), s.open());
    OneKeyCalls help = s.oneKey();
    if (!help.calls().isEmpty()) {
      out.printf(Locale.ROOT, "  one-key      %d calls for help (一键求助): %d helped on time, %d escalated by the clock, %d false alarm%s%n",
          help.calls().size(), help.closedOnTime(), help.escalated(), help.falseAlarms(), help.falseAlarms() == 1 ? "" : "s");
    }
    if (!matches.isEmpty()) {
      VolunteerMatch first = matches.get(0);
      out.printf(Locale.ROOT, "  volunteers   %d needs matched with one key (一键匹配) to %d volunteers; %s %s: %s (%s)%n",
          matches.size(), matches.stream().mapToInt(m -> m.volunteers().size()).sum(), first.need(), first.title(),
          first.volunteers(), first.why());
    }
    grids(out, "best grids", s.topGrids(), d);
    grids(out, "worst grids", s.bottomGrids(), d);
    out.printf(Locale.ROOT, "  departments  best: %s; warned (末位预警): %s%n", names(scores, s.topDepartments().subList(0,
        Math.min(1, s.topDepartments().size()))), names(scores, s.warnedDepartments()));
    out.printf(Locale.ROOT, "%n  files in %s: %s%n", dir, files.stream().map(f -> f.getFileName().toString())
        .collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "  open %s in a browser; took %.1f s%n", dir.resolve("index.html"), seconds);
    out.flush();
  }

  private static String levels(District d, int basic) {
    StringBuilder b = new StringBuilder();
    for (int level = 2; level <= basic; level++) {
      int n = level == basic ? d.basicGrids().size() : d.tree().countAtLevel(level);
      b.append(b.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%,d %s", n,
          level == basic ? "basic grids" : "level-" + (level - 1)));
    }
    return b.toString();
  }

  private static void grids(PrintWriter out, String label, List<Ranked> rows, District d) {
    for (int i = 0; i < rows.size(); i++) {
      Ranked r = rows.get(i);
      GridCode c = GridCode.parse(r.subject().id());
      out.printf(Locale.ROOT, "  %-12s %3s  %6s  %s %s%n", i == 0 ? label : "", r.rank().isPresent() ? r.rank().getAsInt() : "-",
          r.score().value().map(v -> v.toPlainString()).orElse("-"), c, d.tree().get(c).name());
    }
  }

  private static String names(MonthScores scores, List<Ranked> rows) {
    if (rows.isEmpty()) {
      return "none (no department was scored)";
    }
    return rows.stream().map(r -> scores.briefing().name(r.subject().id()) + " "
        + r.score().value().map(v -> v.toPlainString()).orElse("-")).collect(Collectors.joining(", "));
  }
}
