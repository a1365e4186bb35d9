package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Principal;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * 常态化调度 (article 002): "社区大党委每月听取汇报,街道党工委每季度调度,包抓社区领导每半年调研,街道党工委对
 * “社工委”组织进行半年综合考评" — due on the working-day calendar, each with its agenda, recorded
 * when held, and visible when missed.
 */
class ReviewRhythmTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final BusinessCalendar CALENDAR = BusinessCalendar.chinese();
  private final ReviewRhythm rhythm = ReviewRhythm.standard(WORLD.tree, CALENDAR, LocalDate.of(2024, 1, 1), HEYUN);

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.CHINA).toInstant();
  }

  @Test
  void theArticlesFourReviewsFallDueOnWorkingDaysAfterTheirPeriods() {
    assertThat(rhythm.schedules()).extracting(ReviewSchedule::holder)
        .containsExactly("荷韵花园社区大党委", "许庄街道党工委", "包抓荷韵花园社区领导", "许庄街道党工委");
    // January's report: 5 working days after 31 January, counting Sunday 4 February, a working day before Spring Festival
    assertThat(rhythm.occurrence(ReviewKind.MONTHLY_REPORT, HEYUN, LocalDate.of(2024, 1, 15)).dueDay())
        .isEqualTo(LocalDate.of(2024, 2, 6));
    // the first quarter's scheduling over the street: 10 working days, Qingming (4–6 April) off, Sunday 7 April on
    ReviewOccurrence q1 = rhythm.occurrence(ReviewKind.QUARTERLY_SCHEDULING, XUZHUANG, LocalDate.of(2024, 2, 1));
    assertThat(q1.dueDay()).isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(q1.id()).isEqualTo("QUARTERLY_SCHEDULING/370811001/2024-Q1");
    // the half-year visit: within the half-year, by its last working day (30 June 2024 is a Sunday)
    assertThat(rhythm.occurrence(ReviewKind.HALF_YEAR_VISIT, HEYUN, LocalDate.of(2024, 3, 1)).dueDay())
        .isEqualTo(LocalDate.of(2024, 6, 28));
    List<ReviewOccurrence> due = rhythm.occurrencesUntil(at("2024-07-15T12:00"));
    assertThat(due).hasSize(7 + 3 + 2 + 2);
    assertThat(due.get(0).id()).isEqualTo("MONTHLY_REPORT/370811001001/2024-01");
  }

  @Test
  void anAgendaListsTheOpenAndOverdueItemsOfTheSubtreeAndRanksThePeriod() {
    MutableClock clock = MutableClock.at("2024-04-01T09:00");
    TicketService service = WORLD.service(clock);
    Ticket road = service.report(WORLD.report(ROAD_DAMAGE, HEYUN_1), WORLD.worker);
    service.execute(Commands.accept(road.id(), WORLD.centre));
    Ticket bikes = service.report(WORLD.report(BIKE_PARKING, HEYUN_2), WORLD.worker2);
    service.execute(Commands.handle(bikes.id(), WORLD.worker2));
    service.execute(Commands.verify(bikes.id(), WORLD.centre, true));
    service.report(WORLD.report(ROAD_DAMAGE, JIDONG_1), WORLD.jidongWorker);          // another street: not on the agenda
    clock.set("2024-04-12T09:00");
    service.sweep();                                                                  // the road's 5 working days passed
    // what the sample takes: the small district (tree, catalogue), its store, the community of 荷韵花园 and its leader
    GridTree tree = WORLD.tree;
    MatterCatalogue catalogue = WORLD.catalogue;
    TicketStore store = service.store();
    GridCode community = HEYUN;
    Principal communityLeader = WORLD.communityLeader;
    Instant asOf = at("2024-05-06T10:00");
    Instant heldAt = at("2024-05-07T15:00");
    // snippet: scoring-review-rhythm
    ReviewRhythm rhythm = ReviewRhythm.standard(tree, BusinessCalendar.chinese(), LocalDate.of(2024, 1, 1), community);
    ReviewOccurrence april = rhythm.occurrence(ReviewKind.MONTHLY_REPORT, community, LocalDate.of(2024, 4, 1));
    ReviewAgenda agenda = ReviewAgenda.of(april, tree, catalogue, CompositeWeights.standard(),
        store.eventsBetween(Instant.EPOCH, asOf), asOf);     // open items, overdue items, rankings of April
    ReviewLog reviews = ReviewLog.of(rhythm);
    ReviewRecord held = reviews.record(agenda, communityLeader, heldAt, Optional.of("督促城管限期修复"));
    List<ReviewOccurrence> missed = reviews.missed(asOf);    // every review due by then and not held
    // end snippet
    assertThat(april.dueDay()).isEqualTo(LocalDate.of(2024, 5, 10));
    assertThat(missed).extracting(ReviewOccurrence::id).contains("MONTHLY_REPORT/370811001001/2024-01")
        .doesNotContain("MONTHLY_REPORT/370811001001/2024-04");
    assertThat(agenda.openItems()).extracting(ReviewAgenda.Item::ticket).containsExactly(road.id());
    assertThat(agenda.overdueOpenItems()).hasSize(1);
    assertThat(agenda.overdueItems()).extracting(OverdueTicket::ticket).containsExactly(road.id());
    assertThat(agenda.total().count(Indicator.RECEIVED)).isEqualTo(2);
    assertThat(agenda.total().count(Indicator.CLOSED)).isEqualTo(1);
    assertThat(agenda.grids().entries()).extracting(r -> r.subject().id()).containsExactlyInAnyOrder(HEYUN_1.value(), HEYUN_2.value());
    assertThat(agenda.grids().entries().get(0).subject().id()).isEqualTo(HEYUN_2.value());   // closed on time ranks first
    assertThat(agenda.toMarkdown()).contains("# 荷韵花园社区大党委 每月听取汇报 荷韵花园社区 2024-04 议程")
        .contains("待办事项(1 件,其中超期 1 件)").contains("道路破损").contains("应于 2024-05-10 前召开");   // 5 working days after April: May Day off 1–5 May

    assertThat(held.late()).isFalse();
    assertThat(held.openItems()).isEqualTo(1);
  }

  @Test
  void aReviewNotHeldByItsDueDayIsShownMissed() {
    ReviewLog log = ReviewLog.of(rhythm);
    ReviewOccurrence jan = rhythm.occurrence(ReviewKind.MONTHLY_REPORT, HEYUN, LocalDate.of(2024, 1, 1));
    ReviewOccurrence feb = rhythm.occurrence(ReviewKind.MONTHLY_REPORT, HEYUN, LocalDate.of(2024, 2, 1));
    log.record(empty(jan, at("2024-02-05T09:00")), WORLD.communityLeader, at("2024-02-05T10:00"), Optional.empty());
    log.record(empty(feb, at("2024-03-20T09:00")), WORLD.communityLeader, at("2024-03-20T10:00"), Optional.empty());
    List<ReviewStatus> status = log.status(at("2024-04-10T12:00"));
    assertThat(status).filteredOn(s -> s.occurrence().equals(jan)).extracting(ReviewStatus::state).containsExactly(ReviewStatus.State.HELD);
    assertThat(status).filteredOn(s -> s.occurrence().equals(feb)).extracting(ReviewStatus::state)
        .containsExactly(ReviewStatus.State.HELD_LATE);
    assertThat(log.missed(at("2024-04-10T12:00"))).extracting(ReviewOccurrence::id)
        .containsExactly("MONTHLY_REPORT/370811001001/2024-03");
    assertThat(status).filteredOn(s -> s.state() == ReviewStatus.State.OPEN).extracting(s -> s.occurrence().id())
        .containsExactlyInAnyOrder("MONTHLY_REPORT/370811001001/2024-04", "QUARTERLY_SCHEDULING/370811001/2024-Q1",
            "QUARTERLY_SCHEDULING/370811001/2024-Q2", "HALF_YEAR_VISIT/370811001001/2024-H1",
            "HALF_YEAR_ASSESSMENT/370811001001/2024-H1");
  }

  private ReviewAgenda empty(ReviewOccurrence o, Instant asOf) {
    return ReviewAgenda.of(o, WORLD.tree, WORLD.catalogue, CompositeWeights.standard(), List.of(), asOf);
  }

  @Test
  void badInputIsATypedErrorAndRecordsNothing() {
    ReviewLog log = ReviewLog.of(rhythm);
    ReviewOccurrence jan = rhythm.occurrence(ReviewKind.MONTHLY_REPORT, HEYUN, LocalDate.of(2024, 1, 1));
    ReviewAgenda agenda = empty(jan, at("2024-02-01T09:00"));
    assertThatThrownBy(() -> log.record(agenda, WORLD.jidongWorker, at("2024-02-01T10:00"), Optional.empty()))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("grid = \"370811001001\"");
    assertThatThrownBy(() -> log.record(agenda, WORLD.communityLeader, at("2023-12-31T10:00"), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("heldAt");
    assertThatThrownBy(() -> log.record(agenda, WORLD.communityLeader, at("2024-02-01T08:00"), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("agenda.asOf");
    assertThat(log.records()).isEmpty();
    log.record(agenda, WORLD.communityLeader, at("2024-02-01T10:00"), Optional.empty());
    assertThatThrownBy(() -> log.record(agenda, WORLD.streetLeader, at("2024-02-02T10:00"), Optional.empty()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("recorded already");
    assertThat(log.records()).hasSize(1);
    ReviewRhythm other = ReviewRhythm.standard(WORLD.tree, CALENDAR, LocalDate.of(2024, 1, 1), YUJING);
    ReviewAgenda elsewhere = empty(other.occurrence(ReviewKind.MONTHLY_REPORT, YUJING, LocalDate.of(2024, 1, 1)), at("2024-02-01T09:00"));
    assertThatThrownBy(() -> log.record(elsewhere, WORLD.streetLeader, at("2024-02-01T10:00"), Optional.empty()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("not a review of this rhythm");
    ReviewOccurrence feb = rhythm.occurrence(ReviewKind.MONTHLY_REPORT, HEYUN, LocalDate.of(2024, 2, 1));
    ReviewOccurrence forged = new ReviewOccurrence(feb.schedule(), feb.period(), feb.dueDay().plusYears(1),
        feb.dueAt().plus(java.time.Duration.ofDays(365)));                  // a later due day, so a late review looks on time
    assertThatThrownBy(() -> log.record(empty(forged, at("2024-04-01T09:00")), WORLD.communityLeader, at("2024-04-01T10:00"),
        Optional.empty())).isInstanceOf(NotFoundException.class).hasMessageContaining("not a review of this rhythm");
    assertThat(log.records()).hasSize(1);
    assertThatThrownBy(() -> ReviewRhythm.builder(WORLD.tree, CALENDAR, LocalDate.of(2024, 1, 1))
        .schedule(ReviewKind.MONTHLY_REPORT, "大党委", GridCode.parse("370811009"), 5))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("grid = \"370811009\"");
    assertThatThrownBy(() -> ReviewRhythm.builder(WORLD.tree, CALENDAR, LocalDate.of(2024, 1, 1))
        .schedule(ReviewKind.MONTHLY_REPORT, " ", HEYUN, 5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("holder");
    assertThatThrownBy(() -> rhythm.occurrence(ReviewKind.MONTHLY_REPORT, HEYUN, LocalDate.of(2023, 12, 1)))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("starts on 2024-01-01");
  }

  @Test
  void everyReviewIsInExactlyOneStateAndMissedExactlyWhenDueAndNotHeld() {
    qt().withExamples(60).forAll(lists().of(integers().between(-1, 60)).ofSize(14), integers().between(0, 200))
        .checkAssert((offsets, day) -> {
          Instant asOf = at("2024-01-01T12:00").plus(Duration.ofDays(day));
          ReviewLog log = ReviewLog.of(rhythm);
          List<ReviewOccurrence> all = rhythm.occurrencesUntil(at("2024-07-15T12:00"));
          List<Instant> heldAt = new ArrayList<>();
          for (int i = 0; i < all.size(); i++) {
            ReviewOccurrence o = all.get(i);
            assertThat(CALENDAR.isWorkingDay(o.dueDay())).as(o.id()).isTrue();
            Instant h = offsets.get(i) < 0 ? null : o.period().end().plus(Duration.ofDays(offsets.get(i) - 10));
            heldAt.add(h);
            if (h != null && !h.isBefore(o.period().start())) {
              log.record(empty(o, h), WORLD.streetLeader, h, Optional.empty());
            } else {
              heldAt.set(i, null);
            }
          }
          for (ReviewStatus s : log.status(asOf)) {
            Instant h = heldAt.get(all.indexOf(s.occurrence()));
            boolean held = h != null && !h.isAfter(asOf);
            ReviewStatus.State expected = held ? (h.isAfter(s.occurrence().dueAt()) ? ReviewStatus.State.HELD_LATE
                : ReviewStatus.State.HELD) : asOf.isBefore(s.occurrence().dueAt()) ? ReviewStatus.State.OPEN : ReviewStatus.State.MISSED;
            assertThat(s.state()).as(s.occurrence().id()).isEqualTo(expected);
            assertThat(s.occurrence().period().start()).isBeforeOrEqualTo(asOf);
          }
        });
  }
}
