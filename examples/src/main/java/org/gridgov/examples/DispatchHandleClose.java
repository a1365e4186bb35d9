package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.gridgov.core.GridCode;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketService;

/**
 * Example: the standard closed loop in Taibaihu (article 003) — a grid worker reports rubbish, the
 * command centre accepts and dispatches it (smart dispatch: the owning department), the
 * department signs, handles and feeds back, the worker verifies on site, the centre's revisit
 * rates it satisfied and the ticket closes; then the ticket's events, one a line.
 */
public final class DispatchHandleClose {
  private DispatchHandleClose() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintWriter out) {
    Place taibaihu = Place.load("taibaihu");
    Instant[] now = {Instant.parse("2024-04-15T02:06:00Z")};           // 10:06 in Jining
    Clock clock = new Clock() {
      @Override public ZoneId getZone() { return ZoneId.of("Asia/Shanghai"); }
      @Override public Clock withZone(ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    TicketService service = TicketService.builder().tree(taibaihu.tree()).catalogue(taibaihu.matters().orElseThrow())
        .clock(clock).build();
    GridCode grid = GridCode.parse("370811002007001");                 // 御景花园社区第1网格
    Principal worker = Principal.of("tbh-w061", PrincipalKind.GRID_WORKER, grid);
    Principal centre = Principal.of("centre-1", PrincipalKind.COMMAND_CENTRE, GridCode.parse("370811"));
    Principal enforcement = Principal.builder().id("zf-01").kind(PrincipalKind.DEPARTMENT)
        .department("law-enforcement").addScopeRoots(GridCode.parse("370811")).build();
    Ticket t = service.report(NewTicket.builder().channel(Channel.PATROL).matterType("city.garbage").grid(grid)
        .reporter(Reporter.gridStaff(worker.id())).summary("御景花园3号楼东侧垃圾堆放").build(), worker);
    for (Command c : new Command[] {Commands.accept(t.id(), centre), Commands.dispatch(t.id(), centre),
        Commands.sign(t.id(), enforcement), Commands.handle(t.id(), enforcement), Commands.feedBack(t.id(), enforcement),
        Commands.verify(t.id(), worker, true), Commands.rate(t.id(), centre, Satisfaction.SATISFIED)}) {
      now[0] = now[0].plus(Duration.ofMinutes(3));
      t = service.execute(c);
    }
    for (TicketEvent e : service.history(t.id(), centre)) {
      out.printf("%d %-22s %-11s → %-10s by %s%n", e.version(), e.type(), e.fromState().orElse("-"), e.state(),
          e.actor().id());
    }
    out.printf("ticket %s: %s, closed on time: %s%n", t.id(), t.state(), t.closedOnTime().orElse(false));
  }
}
