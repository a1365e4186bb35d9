package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.ReviewAgenda;
import org.gridgov.scoring.ReviewKind;
import org.gridgov.scoring.ReviewLog;
import org.gridgov.scoring.ReviewOccurrence;
import org.gridgov.scoring.ReviewRhythm;
import org.gridgov.scoring.ReviewStatus;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.TicketService;

/**
 * Example: 常态化调度 at 金安苑社区, Zhangye (article 002) — "社区大党委每月听取汇报,街道党工委每季度调度,包抓
 * 社区领导每半年调研,街道党工委对“社工委”组织进行半年综合考评": the four reviews fall due on the working-day
 * calendar; April's report gets its agenda from the tickets; the committee held January's and
 * February's, so March's shows as missed.
 */
public final class RegularReview {
  private RegularReview() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintWriter out) {
    Place zhangye = Place.load("zhangye");
    GridCode community = GridCode.parse("620702001007");
    BusinessCalendar calendar = BusinessCalendar.chinese();
    ReviewRhythm rhythm = ReviewRhythm.standard(zhangye.tree(), calendar, LocalDate.of(2024, 1, 1), community);
    TicketService service = TicketService.builder().tree(zhangye.tree()).catalogue(zhangye.matters().orElseThrow())
        .clock(java.time.Clock.fixed(at("2024-04-10T10:00"), calendar.zone())).build();
    Principal committee = Principal.of("jay-dadangwei", PrincipalKind.GRID_LEADER, community);
    service.report(NewTicket.builder().channel(Channel.VISIT).matterType("community.shared").grid(GridCode.parse("620702001007002"))
        .reporter(Reporter.gridStaff("zy-2-grid-worker")).summary("小区加装电梯协商").build(), committee);
    ReviewLog log = ReviewLog.of(rhythm);
    for (String month : new String[] {"2024-01-15", "2024-02-20"}) {
      ReviewOccurrence o = rhythm.occurrence(ReviewKind.MONTHLY_REPORT, community, LocalDate.parse(month));
      Instant held = o.dueAt().minusSeconds(86_400 * 2);
      log.record(ReviewAgenda.of(o, zhangye.tree(), zhangye.matters().orElseThrow(), CompositeWeights.standard(),
          service.store().eventsBetween(Instant.EPOCH, held), held), committee, held, Optional.of("听取社工委工作汇报"));
    }
    Instant asOf = at("2024-05-06T09:00");
    for (ReviewStatus s : log.status(asOf)) {
      out.printf("%-45s due %s  %s%n", s.occurrence().id(), s.occurrence().dueDay(), s.state());
    }
    ReviewOccurrence april = rhythm.occurrence(ReviewKind.MONTHLY_REPORT, community, LocalDate.of(2024, 4, 1));
    ReviewAgenda agenda = ReviewAgenda.of(april, zhangye.tree(), zhangye.matters().orElseThrow(), CompositeWeights.standard(),
        service.store().eventsBetween(Instant.EPOCH, asOf), asOf);
    agenda.toMarkdown().lines().limit(20).forEach(out::println);
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.CHINA).toInstant();
  }
}
