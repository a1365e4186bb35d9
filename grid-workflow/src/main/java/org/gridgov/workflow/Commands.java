package org.gridgov.workflow;

import java.util.Arrays;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;

/**
 * The commands of the shipped definitions, typed (标准操作指令): one factory per command of
 * {@link WorkflowDefinitions#standard() standard}, {@link WorkflowDefinitions#threeClasses()
 * three-classes}, {@link WorkflowDefinitions#sevenStep() seven-step} and
 * {@link WorkflowDefinitions#oneKeyHelp() one-key-help}, named after it and taking
 * the arguments its transitions need, so that a misspelt command or a missing argument does not
 * compile. Each returns a {@link Command}; add optional extras with its {@code with…} copies:
 *
 * <pre>{@code
 * service.execute(Commands.verify(ticket, worker, true).withComment("已现场核实"));
 * service.execute(Commands.dispatch(ticket, centre).withExpectedVersion(3));
 * }</pre>
 *
 * <p>Reason codes are the definition's ({@code outside-remit}, {@code duplicate}, …, listed at each
 * factory); the service checks them, the role, the scope and the state as for any command. A
 * definition of your own names its commands as data with {@link Command#of}.
 */
public final class Commands {
  private Commands() {}

  /** 受理立案 / 受理诉求 ({@code accept}; standard, seven-step). */
  public static Command accept(TicketId ticket, Principal actor) {
    return Command.of(ticket, "accept", actor);
  }

  /**
   * 不予受理 ({@code reject}): {@code invalid} or {@code duplicate} (seven-step: {@code not-for-deliberation}
   * or {@code duplicate}; one-key-help: {@code false-alarm}, 误触); name the ticket a duplicate
   * duplicates with {@code .withDuplicateOf(…)}.
   */
  public static Command reject(TicketId ticket, Principal actor, String reason) {
    return withReason(ticket, "reject", actor, reason);
  }

  /** 派遣 by smart dispatch (智能派单, {@code dispatch}): the matter type's owning department and its unit for the grid. */
  public static Command dispatch(TicketId ticket, Principal actor) {
    return Command.of(ticket, "dispatch", actor);
  }

  /** 派遣 to a named department ({@code dispatch}). */
  public static Command dispatch(TicketId ticket, Principal actor, String department) {
    return Command.on(ticket, "dispatch", actor).department(require(department, "department")).build();
  }

  /**
   * 联合处置 ({@code dispatch}): to {@code lead} (牵头单位) with the {@code assisting} departments
   * (协同单位) — the joint handling of the comprehensive ↔ police grid fusion (双格融合). A ticket
   * whose matter type falls under a joint of the service's fusion gets its lead and assisting
   * departments by plain smart dispatch ({@link #dispatch(TicketId, Principal)}).
   */
  public static Command dispatchJointly(TicketId ticket, Principal actor, String lead, String... assisting) {
    require(assisting, "assisting");
    for (int i = 0; i < assisting.length; i++) {
      require(assisting[i], "assisting[" + i + "]");
    }
    return Command.on(ticket, "dispatch", actor).department(require(lead, "department"))
        .assisting(Arrays.asList(assisting)).build();
  }

  /** 响应 ({@code respond}; one-key-help): the grid's worker takes the call for help. */
  public static Command respond(TicketId ticket, Principal actor) {
    return Command.of(ticket, "respond", actor);
  }

  /** 签收 ({@code sign}): the assigned department accepts the ticket. */
  public static Command sign(TicketId ticket, Principal actor) {
    return Command.of(ticket, "sign", actor);
  }

  /** 退回 ({@code return}) within the window, as outside the department's remit: reason {@code outside-remit}. */
  public static Command returnTicket(TicketId ticket, Principal actor, String reason) {
    return withReason(ticket, "return", actor, reason);
  }

  /** 处置 ({@code handle}); in three-classes also 即办 on the spot by the grid worker. */
  public static Command handle(TicketId ticket, Principal actor) {
    return Command.of(ticket, "handle", actor);
  }

  /** 反馈 ({@code feed-back}; standard). */
  public static Command feedBack(TicketId ticket, Principal actor) {
    return Command.of(ticket, "feed-back", actor);
  }

  /** 核查 ({@code verify}): passed, or failed and back to handling (返工). */
  public static Command verify(TicketId ticket, Principal actor, boolean passed) {
    return Command.on(ticket, "verify", actor).passed(passed).build();
  }

  /** 回访 ({@code revisit}; standard, seven-step). */
  public static Command revisit(TicketId ticket, Principal actor) {
    return Command.of(ticket, "revisit", actor);
  }

  /** 满意度测评 ({@code rate}): satisfied or basically satisfied closes, dissatisfied reopens (重办). */
  public static Command rate(TicketId ticket, Principal actor, Satisfaction satisfaction) {
    return Command.on(ticket, "rate", actor).satisfaction(require(satisfaction, "satisfaction")).build();
  }

  /** 结案 ({@code close}; standard). */
  public static Command close(TicketId ticket, Principal actor) {
    return Command.of(ticket, "close", actor);
  }

  /** 申请延期 ({@code request-extension}; standard) by {@code by}; reason {@code more-time-needed} optional. */
  public static Command requestExtension(TicketId ticket, Principal actor, TimeLimit by) {
    return Command.on(ticket, "request-extension", actor).limit(require(by, "limit")).build();
  }

  /** 批准延期 ({@code approve-extension}; standard) by the amount requested. */
  public static Command approveExtension(TicketId ticket, Principal actor) {
    return Command.of(ticket, "approve-extension", actor);
  }

  /** 批准延期 ({@code approve-extension}; standard) by {@code by} instead of the amount requested. */
  public static Command approveExtension(TicketId ticket, Principal actor, TimeLimit by) {
    return Command.on(ticket, "approve-extension", actor).limit(require(by, "limit")).build();
  }

  /** 驳回延期 ({@code deny-extension}; standard). */
  public static Command denyExtension(TicketId ticket, Principal actor) {
    return Command.of(ticket, "deny-extension", actor);
  }

  /** 挂账/缓办 ({@code suspend}; the clock pauses): {@code awaiting-conditions} or {@code awaiting-funds}. */
  public static Command suspend(TicketId ticket, Principal actor, String reason) {
    return withReason(ticket, "suspend", actor, reason);
  }

  /** 恢复办理 ({@code resume}): back to the state before the suspension. */
  public static Command resume(TicketId ticket, Principal actor) {
    return Command.of(ticket, "resume", actor);
  }

  /** 申请作废 ({@code request-cancellation}): {@code reporter-withdrew} (standard), {@code mistaken} or {@code duplicate}. */
  public static Command requestCancellation(TicketId ticket, Principal actor, String reason) {
    return withReason(ticket, "request-cancellation", actor, reason);
  }

  /** 批准作废 ({@code approve-cancellation}). */
  public static Command approveCancellation(TicketId ticket, Principal actor) {
    return Command.of(ticket, "approve-cancellation", actor);
  }

  /** 驳回作废 ({@code deny-cancellation}). */
  public static Command denyCancellation(TicketId ticket, Principal actor) {
    return Command.of(ticket, "deny-cancellation", actor);
  }

  /**
   * 上报 / 吹哨 ({@code escalate}): one level up the grid tree, summoning these departments to report
   * in (报到; none given: the assigned or owning one); reason {@code beyond-competence} optional.
   */
  public static Command escalate(TicketId ticket, Principal actor, String... summonedDepartments) {
    require(summonedDepartments, "summon");
    for (int i = 0; i < summonedDepartments.length; i++) {
      require(summonedDepartments[i], "summon[" + i + "]");
    }
    return Command.on(ticket, "escalate", actor).summon(Arrays.asList(summonedDepartments)).build();
  }

  /** 部门报到 ({@code report-in}): a summoned department reports in. */
  public static Command reportIn(TicketId ticket, Principal actor) {
    return Command.of(ticket, "report-in", actor);
  }

  /** 催办 by hand ({@code urge}; standard, three-classes). */
  public static Command urge(TicketId ticket, Principal actor) {
    return Command.of(ticket, "urge", actor);
  }

  /** 备注 ({@code note}; standard): a note on the ticket's history. */
  public static Command note(TicketId ticket, Principal actor, String comment) {
    return Command.on(ticket, "note", actor).comment(require(comment, "comment")).build();
  }

  /** 承诺办理 ({@code promise}; three-classes): the committee promises a limit and the clock restarts with it. */
  public static Command promise(TicketId ticket, Principal actor, TimeLimit limit) {
    return Command.on(ticket, "promise", actor).limit(require(limit, "limit")).build();
  }

  /** 社工委协商会议 ({@code meet}; three-classes). */
  public static Command meet(TicketId ticket, Principal actor) {
    return Command.of(ticket, "meet", actor);
  }

  /** 大党委受理 ({@code take-up}; three-classes). */
  public static Command takeUp(TicketId ticket, Principal actor) {
    return Command.of(ticket, "take-up", actor);
  }

  /** 审定议程 ({@code approve-agenda}; seven-step, step 2). */
  public static Command approveAgenda(TicketId ticket, Principal actor) {
    return Command.of(ticket, "approve-agenda", actor);
  }

  /** 议程未获审定 ({@code refuse-agenda}; seven-step): reason {@code not-for-deliberation}. */
  public static Command refuseAgenda(TicketId ticket, Principal actor, String reason) {
    return withReason(ticket, "refuse-agenda", actor, reason);
  }

  /** 拟定议案 ({@code draft-proposal}; seven-step, step 3). */
  public static Command draftProposal(TicketId ticket, Principal actor) {
    return Command.of(ticket, "draft-proposal", actor);
  }

  /** 实地调查 ({@code investigate}; seven-step, step 4). */
  public static Command investigate(TicketId ticket, Principal actor) {
    return Command.of(ticket, "investigate", actor);
  }

  /** 协商议事会 ({@code deliberate}; seven-step, step 5). */
  public static Command deliberate(TicketId ticket, Principal actor) {
    return Command.of(ticket, "deliberate", actor);
  }

  /** 组织实施 ({@code implement}; seven-step, step 6). */
  public static Command implement(TicketId ticket, Principal actor) {
    return Command.of(ticket, "implement", actor);
  }

  /** 销号公示 ({@code close-and-publish}; seven-step, step 7). */
  public static Command closeAndPublish(TicketId ticket, Principal actor) {
    return Command.of(ticket, "close-and-publish", actor);
  }

  private static Command withReason(TicketId ticket, String command, Principal actor, String reason) {
    return Command.on(ticket, command, actor).reason(require(reason, "reason")).build();
  }

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }
}
