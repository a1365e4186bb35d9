package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * {@link Commands} and the shipped definitions cannot drift apart: every command of
 * {@code standard.json}, {@code three-classes.json}, {@code seven-step.json} and {@code one-key-help.json} has a factory, every
 * factory names one of their commands, and a factory takes exactly the arguments the command's
 * transitions use (a reason where one is required, {@code passed}, a rating, a limit, a department,
 * departments to summon).
 */
class CommandsTest {
  private static final TicketId TICKET = TicketId.of("t-1");
  private static final Principal ACTOR = new WorkflowWorld().centre;
  private static final String REASON = "(reason)";

  /** Every public factory of {@link Commands}, called with sample arguments. */
  private static List<Command> everyFactoryCalled() throws ReflectiveOperationException {
    List<Command> out = new ArrayList<>();
    for (Method m : Commands.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      assertThat(Modifier.isStatic(m.getModifiers())).as(m.getName()).isTrue();
      assertThat(m.getReturnType()).as(m.getName()).isEqualTo(Command.class);
      Object[] args = new Object[m.getParameterCount()];
      Class<?>[] types = m.getParameterTypes();
      for (int i = 0; i < args.length; i++) {
        args[i] = sample(m, types[i], i);
      }
      out.add((Command) m.invoke(null, args));
    }
    return out;
  }

  private static Object sample(Method m, Class<?> type, int index) {
    if (type == TicketId.class) {
      return TICKET;
    } else if (type == Principal.class) {
      return ACTOR;
    } else if (type == boolean.class) {
      return true;
    } else if (type == Satisfaction.class) {
      return Satisfaction.SATISFIED;
    } else if (type == TimeLimit.class) {
      return TimeLimit.workingDays(1);
    } else if (type == String[].class) {
      return new String[] {"urban-management"};
    } else if (type == String.class) {
      // the one String parameter is the reason, the department (dispatch, the lead of dispatchJointly) or the comment (note)
      return m.getName().startsWith("dispatch") ? "housing" : m.getName().equals("note") ? "备注" : REASON;
    }
    throw new AssertionError("no sample for parameter " + index + " of " + m + ": " + type);
  }

  private static Set<String> shippedCommands() {
    Set<String> all = new TreeSet<>();
    WorkflowDefinitions.shipped().forEach(d -> d.transitions().forEach(t -> all.add(t.command())));
    return all;
  }

  private static List<WorkflowTransition> transitionsOf(String command) {
    List<WorkflowTransition> out = new ArrayList<>();
    WorkflowDefinitions.shipped().forEach(d -> d.transitions().stream().filter(t -> t.command().equals(command)).forEach(out::add));
    return out;
  }

  @Test
  void everyCommandOfTheShippedDefinitionsHasAFactoryAndEveryFactoryNamesOne() throws Exception {
    Set<String> named = new TreeSet<>();
    for (Command c : everyFactoryCalled()) {
      named.add(c.command());
    }
    assertThat(shippedCommands()).as("the commands of the four shipped definitions").hasSize(34);
    assertThat(named).isEqualTo(shippedCommands());
  }

  @Test
  void eachFactoryTakesExactlyTheArgumentsItsCommandsTransitionsUse() throws Exception {
    for (Command c : everyFactoryCalled()) {
      List<WorkflowTransition> ts = transitionsOf(c.command());
      String what = c.command() + " " + c;
      boolean reasonRequired = ts.stream().anyMatch(WorkflowTransition::reasonRequired);
      assertThat(c.reason().isPresent()).as(what + ": takes a reason where one is required").isEqualTo(reasonRequired);
      if (reasonRequired) {
        assertThat(ts).as(what).allSatisfy(t -> assertThat(t.reasonRequired()).isTrue());
      }
      assertThat(c.passed().isPresent()).as(what + ": passed").isEqualTo(ts.stream().anyMatch(t -> t.whenPassed().isPresent()));
      assertThat(c.satisfaction().isPresent()).as(what + ": rating")
          .isEqualTo(ts.stream().anyMatch(t -> !t.whenSatisfaction().isEmpty()));
      Set<TicketEventType> types = new LinkedHashSet<>();
      ts.forEach(t -> types.add(t.type()));
      if (types.contains(TicketEventType.PROMISED) || types.contains(TicketEventType.EXTENSION_REQUESTED)) {
        assertThat(c.limit()).as(what + ": the limit a promise or an extension request names").isPresent();
      }
      if (c.limit().isPresent()) {
        assertThat(types).as(what + ": a limit only where one is used").containsAnyOf(TicketEventType.PROMISED,
            TicketEventType.EXTENSION_REQUESTED, TicketEventType.EXTENSION_APPROVED);
      }
      if (c.department().isPresent()) {
        assertThat(types).as(what).containsOnly(TicketEventType.DISPATCHED);
      }
      if (!c.assisting().isEmpty()) {
        assertThat(types).as(what + ": assisting departments only where a dispatch takes them").containsOnly(TicketEventType.DISPATCHED);
      }
      if (!c.summon().isEmpty()) {
        assertThat(types).as(what).containsOnly(TicketEventType.ESCALATED);
      }
      assertThat(c.ticket()).isEqualTo(TICKET);
      assertThat(c.actor()).isSameAs(ACTOR);
      assertThat(c.expectedVersion()).isEmpty();
    }
  }

  @Test
  void theReasonsDocumentedAtEachFactoryAreReasonsItsCommandTakes() {
    // the reason-taking factories' commands, with the reasons their Javadoc names
    assertThat(reasonsOf("reject")).containsExactlyInAnyOrder("invalid", "duplicate", "not-for-deliberation", "false-alarm");
    assertThat(reasonsOf("return")).containsExactly("outside-remit");
    assertThat(reasonsOf("suspend")).containsExactlyInAnyOrder("awaiting-conditions", "awaiting-funds");
    assertThat(reasonsOf("request-cancellation")).containsExactlyInAnyOrder("reporter-withdrew", "mistaken", "duplicate");
    assertThat(reasonsOf("refuse-agenda")).containsExactly("not-for-deliberation");
  }

  private static Set<String> reasonsOf(String command) {
    Set<String> out = new TreeSet<>();
    transitionsOf(command).forEach(t -> out.addAll(t.reasons()));
    return out;
  }

  @Test
  void optionalExtrasAreAddedWithTheWithCopies() {
    Command c = Commands.verify(TICKET, ACTOR, false).withComment("路面仍有坑洼").withExpectedVersion(6);
    assertThat(c.command()).isEqualTo("verify");
    assertThat(c.passed()).contains(false);
    assertThat(c.comment()).contains("路面仍有坑洼");
    assertThat(c.expectedVersion()).hasValue(6);
    assertThat(Commands.reject(TICKET, ACTOR, "duplicate").withDuplicateOf(TicketId.of("t-0")).duplicateOf())
        .contains(TicketId.of("t-0"));
    assertThat(Commands.escalate(TICKET, ACTOR).summon()).isEmpty();
    assertThat(Commands.escalate(TICKET, ACTOR, "urban-management", "justice").withReason("beyond-competence").summon())
        .containsExactly("urban-management", "justice");
  }

  @Test
  void aMissingArgumentIsATypedErrorNamingIt() {
    assertThatThrownBy(() -> Commands.accept(null, ACTOR)).isInstanceOf(MissingValueException.class).hasMessageContaining("ticket");
    assertThatThrownBy(() -> Commands.accept(TICKET, null)).isInstanceOf(MissingValueException.class).hasMessageContaining("actor");
    assertThatThrownBy(() -> Commands.rate(TICKET, ACTOR, null)).isInstanceOf(MissingValueException.class)
        .hasMessageContaining("satisfaction");
    assertThatThrownBy(() -> Commands.suspend(TICKET, ACTOR, null)).isInstanceOf(MissingValueException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> Commands.dispatch(TICKET, ACTOR, (String) null)).isInstanceOf(MissingValueException.class)
        .hasMessageContaining("department");
    assertThatThrownBy(() -> Commands.escalate(TICKET, ACTOR, "justice", null)).isInstanceOf(MissingValueException.class)
        .hasMessageContaining("summon[1]");
    assertThatThrownBy(() -> Commands.promise(TICKET, ACTOR, null)).isInstanceOf(MissingValueException.class)
        .hasMessageContaining("limit");
  }
}
