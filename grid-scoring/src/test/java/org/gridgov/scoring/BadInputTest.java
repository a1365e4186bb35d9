package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.workflow.testing.WorkflowWorld.BIKE_PARKING;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;

import java.time.YearMonth;
import java.util.List;
import org.gridgov.core.GridGovException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/** The bad inputs the issue names, each a typed error naming the field, the value and the rule. */
class BadInputTest {
  private final WorkflowWorld world = new WorkflowWorld();

  private List<TicketEvent> aTicket() {
    MutableClock clock = MutableClock.at("2024-04-08T10:06");
    TicketService service = world.service(clock);
    Ticket t = service.report(world.report(BIKE_PARKING, HEYUN_1), world.worker);
    clock.set("2024-04-08T10:11");
    service.execute(Command.of(t.id(), "handle", world.worker));
    return service.history(t.id(), world.centre);
  }

  private static void namesFieldValueAndRule(GridGovException e, String field, String value) {
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.rule()).isNotBlank();
    assertThat(e.getMessage()).isEqualTo(field + " = \"" + value + "\": " + e.rule());
  }

  @Test
  void weightsNotAddingUpToOneHundredPerCent() {
    InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> CompositeWeights.builder("monthly")
        .weight(ScoredRole.DEPARTMENT, ScoreComponent.ON_TIME_CLOSURE, 60)
        .weight(ScoredRole.DEPARTMENT, ScoreComponent.SATISFACTION, 30).build());
    namesFieldValueAndRule(e, "roles.DEPARTMENT", "90");
    assertThat(e.rule()).isEqualTo("the weights of a role must add up to 100 %; these add up to 90 %");
  }

  @Test
  void anEventForAnUnknownTicket() {
    TicketEvent handled = aTicket().get(1);
    MonthlyReview review = MonthlyReview.builder(world.tree, world.catalogue, YearMonth.of(2024, 4)).build();
    UnknownTicketException e = catchThrowableOfType(UnknownTicketException.class, () -> review.accept(handled));
    namesFieldValueAndRule(e, "event.ticketId", handled.ticketId().value());
    assertThat(e.rule()).contains("never seen ticket").contains("v2 (HANDLED)");
    assertThat(review.indicators().eventsCounted()).isZero();
    assertThat(review.ledger().size()).isZero();
  }

  @Test
  void aRuleReferringToAnUnknownMatterType() {
    InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> PointsRules.fromJson("""
        { "id": "taibaihu", "rules": [ { "matterType": "city.ufo-sighting", "outcome": "VERIFIED_REPORT", "points": 7 } ] }
        """, world.catalogue));
    namesFieldValueAndRule(e, "$.rules[0].matterType", "city.ufo-sighting");
    assertThat(e.rule()).contains("matter type of the catalogue");
  }

  @Test
  void anEventOfAMatterTypeTheCatalogueDoesNotKnow() {
    TicketEvent reported = aTicket().get(0).withMatterType("city.ufo-sighting");
    MonthlyReview review = MonthlyReview.builder(world.tree, world.catalogue, YearMonth.of(2024, 4)).build();
    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> review.accept(reported));
    namesFieldValueAndRule(e, "event.matterType", "city.ufo-sighting");
  }
}
