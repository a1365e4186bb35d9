package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowGenerators;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

class TicketEventJsonTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();

  @Test
  void everyGeneratedEventRoundTripsThroughStorageJson() {
    qt().withExamples(60).forAll(WorkflowGenerators.histories(WORLD, 60)).checkAssert(histories -> {
      for (List<TicketEvent> history : histories) {
        for (TicketEvent e : history) {
          assertThat(TicketEventJson.fromJson(TicketEventJson.toStorageJson(e))).isEqualTo(e);
        }
      }
    });
  }

  @Test
  void theDefaultJsonMasksTheReportersPhone() {
    TicketService s = WORLD.service(MutableClock.at("2024-03-04T09:00"));
    Ticket t = s.report(NewTicket.builder().from(WORLD.report(WorkflowWorld.ROAD_DAMAGE, WorkflowWorld.HEYUN_1))
        .reporter(Reporter.resident("r-9", "王五", "13912345678")).location(ReportedPlace.of(116.62, 35.41, "荷韵花园5号楼")).build(),
        WORLD.worker);
    TicketEvent first = s.history(t.id(), WORLD.centre).get(0);
    assertThat(TicketEventJson.toJson(first)).contains("139****5678").doesNotContain("13912345678");
    assertThat(TicketEventJson.toStorageJson(first)).contains("13912345678");
    assertThat(TicketEventJson.fromJson(TicketEventJson.toStorageJson(first))).isEqualTo(first);
  }

  @Test
  void brokenJsonIsRefusedNamingTheField() {
    TicketService s = WORLD.service(MutableClock.at("2024-03-04T09:00"));
    Ticket t = s.report(WORLD.report(WorkflowWorld.ROAD_DAMAGE, WorkflowWorld.HEYUN_1), WORLD.worker);
    String json = TicketEventJson.toStorageJson(s.history(t.id(), WORLD.centre).get(0));
    assertThatThrownBy(() -> TicketEventJson.fromJson(json.replace("\"PATROL\"", "\"PIGEON\"")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("channel").hasMessageContaining("PIGEON");
    assertThatThrownBy(() -> TicketEventJson.fromJson(json.replace("\"version\":1", "\"version\":\"one\"")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
    assertThatThrownBy(() -> TicketEventJson.fromJson("[]")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TicketEventJson.fromJson("{")).isInstanceOf(InvalidInputException.class);
  }
}
