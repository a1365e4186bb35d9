package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridNode;
import org.gridgov.core.Principal;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.testing.ScenarioRunner;
import org.gridgov.workflow.testing.WorkflowWorld;

/** What the service's board reads must show every reader (看板读取检查), against {@link BoardReference}. */
final class BoardChecks {
  private BoardChecks() {}

  /**
   * For every actor of the runner and every grid of the world: counts, pages and lists through the
   * façade equal the brute-force classification of the tickets in the actor's scope under the grid;
   * a grid wholly outside the scope is forbidden.
   */
  static void readersSeeTheirScope(WorkflowWorld world, ScenarioRunner r, Instant at, int limit) {
    TicketService service = r.service();
    List<TicketHead> heads = new ArrayList<>();
    for (TicketId id : r.tickets()) {
      heads.add(service.store().head(id).orElseThrow());
    }
    BoardReference ref = new BoardReference(world.tree, heads);
    for (Principal reader : r.actors()) {
      List<GridNode> scope = new ArrayList<>();
      reader.scopeRoots().forEach(c -> world.tree.findNode(c).ifPresent(scope::add));
      Predicate<TicketHead> mine = ref.under(scope);
      assertThat(service.lightCounts(at, reader)).as("%s at %s", reader.id(), at).isEqualTo(ref.counts(mine, at));
      TimingLights lights = service.lights(at, reader);
      for (TimingLight light : TimingLight.values()) {
        assertThat(lights.with(light).stream().sorted().toList()).isEqualTo(ref.ids(mine, light, at));
      }
      for (GridNode node : world.tree.nodes()) {
        boolean overlaps = scope.stream().anyMatch(s -> s.covers(node) || node.covers(s));
        if (!overlaps) {
          assertThatThrownBy(() -> service.lightCounts(node.code(), at, reader)).isInstanceOf(ForbiddenException.class);
          continue;
        }
        Predicate<TicketHead> both = mine.and(ref.under(List.of(node)));
        assertThat(service.lightCounts(node.code(), at, reader)).as("%s under %s at %s", reader.id(), node, at)
            .isEqualTo(ref.counts(both, at));
        for (TimingLight light : List.of(TimingLight.RED, TimingLight.YELLOW)) {
          assertThat(service.lightPage(node.code(), light, at, limit, reader)).as("%s %s under %s", reader.id(), light, node)
              .isEqualTo(ref.page(both, light, at, limit));
        }
      }
    }
  }
}
