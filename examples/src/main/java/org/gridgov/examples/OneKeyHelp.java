package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.gridgov.core.Datum;
import org.gridgov.core.GridCode;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.SpecialGroup;
import org.gridgov.examples.month.DemoDistrict;
import org.gridgov.examples.month.District;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.HelpCall;
import org.gridgov.workflow.HelpPolicy;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketService;

/**
 * Example: 特殊人群一键求助 (article 002) in 呈贡区 — an elderly woman living alone presses her smart
 * wristband at 20:00 on a Saturday; its GCJ-02 fix is located by the district's {@code GridLocator}, the
 * ticket gets her group's priority and two hours round the clock; nobody takes it within the hour, so
 * the clock escalates it to the community, whose leader responds and helps; then the ticket's events.
 */
public final class OneKeyHelp {
  private OneKeyHelp() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintWriter out) {
    District district = DemoDistrict.generate(DemoDistrict.SEED);
    Instant[] now = {Instant.parse("2024-04-13T12:00:00Z")};            // Saturday 20:00 in Kunming
    Clock clock = new Clock() {
      @Override public ZoneId getZone() { return ZoneId.of("Asia/Shanghai"); }
      @Override public Clock withZone(ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    TicketService service = TicketService.builder().tree(district.tree()).catalogue(district.catalogue())
        .locator(district.locator()).clock(clock).helpPolicy(HelpPolicy.standard("service.one-key-help")).build();
    Principal line = Principal.of("help-line", PrincipalKind.COMMAND_CENTRE, district.root().code());   // 服务专线
    Ticket t = service.callForHelp(HelpCall.builder().device("wb-530114-0042").specialGroup(SpecialGroup.ELDERLY_LIVING_ALONE)
        .caller("王秀英").phone("13912345678").datum(Datum.GCJ02).longitude(102.845618).latitude(24.895507)
        .note("摔倒了,起不来").build(), line);
    out.printf("%s: %s in %s %s, %s, due %s, reporter %s%n", t.id(), t.summary(), t.grid(),
        district.tree().get(t.grid()).name(), t.priority(), t.deadline().orElseThrow().dueAt(), t.reporter());
    Principal worker = Principal.of("worker", PrincipalKind.GRID_WORKER, t.grid());
    out.printf("the grid's worker may: %s%n", service.commandsAvailable(t.id(), worker));
    now[0] = now[0].plus(Duration.ofMinutes(61));
    service.sweep();                                                     // the hour to respond has passed
    t = service.get(t.id(), line);
    GridCode community = t.handlingGrid();
    out.printf("escalated to %s %s, summoned %s%n", community, district.tree().get(community).name(),
        t.summons().stream().map(s -> s.department()).toList());
    Principal leader = Principal.of("leader", PrincipalKind.GRID_LEADER, community);
    service.execute(Commands.respond(t.id(), leader));
    now[0] = now[0].plus(Duration.ofMinutes(35));
    t = service.execute(Commands.handle(t.id(), leader).withComment("已送医,联系家属"));
    for (TicketEvent e : service.history(t.id(), line)) {
      out.printf("%d %-16s %-10s by %s%n", e.version(), e.type(), e.state(), e.actor().id());
    }
    out.printf("helped at %s, the clock paused: %s%n", t.updatedAt(), t.deadline().orElseThrow().isPaused());
  }
}
