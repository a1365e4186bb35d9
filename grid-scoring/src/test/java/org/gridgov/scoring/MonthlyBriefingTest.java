package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.scoring.testing.Choices;
import org.gridgov.scoring.testing.SimWorld;
import org.gridgov.scoring.testing.TicketSimulation;
import org.junit.jupiter.api.Test;

class MonthlyBriefingTest {
  private static final SimWorld WORLD = SimWorld.small();

  @Test
  void aBriefingOfTheSmallDistrictNamesItsDepartmentsWarnsTheBottomAndRendersAsMarkdown() {
    TicketSimulation.Run run = TicketSimulation.run(WORLD, new TicketSimulation.Settings(LocalDate.of(2024, 4, 1), 30, 0, 120, 15, 8),
        Choices.seeded(3));
    MonthlyReview review = MonthlyReview.builder(WORLD.tree, WORLD.catalogue, YearMonth.of(2024, 4)).roster(WORLD.roster)
        .history(HistorySource.of(run.service().store())).build().acceptAll(run.events());
    MonthlyBriefing b = review.briefing("任城区(测试)", CompositeWeights.standard(), Optional.empty()).bottomN(2).topN(1).build();
    assertThat(b.departments().entries()).hasSize(WORLD.catalogue.departments().size());
    assertThat(b.bottomWarnings()).hasSizeGreaterThanOrEqualTo(Math.min(2, b.departments().ranked().size()));
    assertThat(b.topDepartments()).isNotEmpty().allSatisfy(r -> assertThat(r.rank()).hasValue(1));
    assertThat(b.workers()).isPresent();
    assertThat(b.name("urban-management")).isEqualTo("综合行政执法局");
    String md = b.toMarkdown();
    assertThat(md).startsWith("# 任城区(测试) 2024-04 月度通报").contains("综合行政执法局").contains("末位预警");
    assertThat(b.period()).isEqualTo(ScoringPeriod.month(YearMonth.of(2024, 4)));
  }

  @Test
  void aNegativeBottomNOrANoticeOfAnotherPeriodIsRefused() {
    Indicators ind = Indicators.empty(WORLD.tree, WORLD.catalogue, ScoringPeriod.month(YearMonth.of(2024, 4)), false);
    assertThatThrownBy(() -> MonthlyBriefing.builder("x", ind, CompositeWeights.standard()).bottomN(-1).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("bottomN");
    assertThatThrownBy(() -> MonthlyBriefing.builder("x", ind, CompositeWeights.standard())
        .overdue(OverdueRegister.of(ScoringPeriod.month(YearMonth.of(2024, 5))))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overdue.period");
    MonthlyBriefing empty = MonthlyBriefing.builder("x", ind, CompositeWeights.standard()).build();
    assertThat(empty.departments().ranked()).isEmpty();
    assertThat(empty.bottomWarnings()).isEmpty();
    assertThat(empty.toMarkdown()).contains("本月无超期工单");
  }

  @Test
  void lastMonthsRankingsMustBeOfTheirRole() {
    Indicators april = Indicators.empty(WORLD_FOR_ROLES.tree, WORLD_FOR_ROLES.catalogue, ScoringPeriod.month(YearMonth.of(2024, 4)),
        false);
    Ranking departments = Ranking.of(ScoredRole.DEPARTMENT, List.of());
    Ranking workers = Ranking.of(ScoredRole.GRID_WORKER, List.of());
    MonthlyBriefing.Builder b = MonthlyBriefing.builder("x", april, CompositeWeights.standard());
    assertThatThrownBy(() -> b.previous(workers)).isInstanceOf(org.gridgov.core.InvalidInputException.class)
        .satisfies(e -> assertThat(((org.gridgov.core.InvalidInputException) e).field()).isEqualTo("previous.role"))
        .satisfies(e -> assertThat(((org.gridgov.core.InvalidInputException) e).value()).isEqualTo("GRID_WORKER"));
    assertThatThrownBy(() -> b.previousWorkers(departments)).isInstanceOf(org.gridgov.core.InvalidInputException.class)
        .satisfies(e -> assertThat(((org.gridgov.core.InvalidInputException) e).field()).isEqualTo("previousWorkers.role"))
        .satisfies(e -> assertThat(((org.gridgov.core.InvalidInputException) e).value()).isEqualTo("DEPARTMENT"));
    assertThat(b.previous(departments).previousWorkers(workers).build()).isNotNull();
  }

  private static final org.gridgov.workflow.testing.WorkflowWorld WORLD_FOR_ROLES = new org.gridgov.workflow.testing.WorkflowWorld();
}
