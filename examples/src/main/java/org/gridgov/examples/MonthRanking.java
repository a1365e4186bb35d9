package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.gridgov.examples.month.DemoDistrict;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.EventLog;
import org.gridgov.examples.month.MonthSimulation;
import org.gridgov.examples.month.Progress;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.MonthlyReview;
import org.gridgov.scoring.PointsLedger;
import org.gridgov.scoring.PointsRules;
import org.gridgov.scoring.Ranked;
import org.gridgov.scoring.Ranking;
import org.gridgov.workflow.TicketEvent;

/**
 * Example: a month's ranking of the departments (职能部门月度排名) from its ticket events — points
 * rules, a ledger, the month's review, the standard weights. Arguments: {@code [EVENTS.jsonl
 * YYYY-MM]}, an event log of the demo district ({@code gridgov demo} writes one); without them a
 * month is simulated first.
 */
public final class MonthRanking {
  private MonthRanking() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), args);
  }

  static void run(PrintWriter out, String... args) {
    District district = DemoDistrict.generate(DemoDistrict.SEED);
    YearMonth month = args.length == 2 ? YearMonth.parse(args[1]) : YearMonth.of(2024, 4);
    List<TicketEvent> events = args.length == 2 ? EventLog.read(Path.of(args[0]))
        : MonthSimulation.run(district, month, 7, Progress.NONE).events();
    PointsRules rules = PointsRules.standard(district.catalogue());        // 7 points a verified report, …
    MonthlyReview review = MonthlyReview.builder(district.tree(), district.catalogue(), month).rules(rules)
        .ledger(PointsLedger.create(rules)).roster(district.roster()).build();
    review.acceptAll(events);                                              // every event from version 1: no history needed
    Ranking ranking = review.departmentRanking(CompositeWeights.standard());
    out.printf("%s %s: %,d events, %,d tickets received%n", district.title(), month, events.size(),
        review.indicators().total().count(org.gridgov.scoring.Indicator.RECEIVED));
    for (Ranked r : ranking.entries()) {
      out.printf("%2s  %6s  %s%n", r.rank().isPresent() ? r.rank().getAsInt() : "-",
          r.score().value().map(v -> v.toPlainString()).orElse("-"), district.catalogue().department(r.subject().id()).name());
    }
  }
}
