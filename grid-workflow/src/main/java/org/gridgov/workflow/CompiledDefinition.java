package org.gridgov.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated workflow definition as lookup tables (编译后的流程定义): states by index, and for every
 * state the transitions by command, so the command path does one array access and one small hash
 * lookup. {@link WorkflowDefinition} validates itself by compiling and keeps the result; nothing
 * outside this package sees it.
 */
final class CompiledDefinition {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  /** The built-in role of the service's clock. */
  static final WorkflowRole SYSTEM_ROLE = WorkflowRole.builder().id(TicketEvent.SYSTEM_ROLE)
      .name("系统时钟").binding(RoleBinding.SYSTEM).build();

  /** Target index meaning "stay in the same state". */
  static final int STAY = -1;
  /** Target index meaning "back to the previous state". */
  static final int PREVIOUS = -2;

  private final WorkflowDefinition definition;
  private final WorkflowState[] states;
  private final Map<String, Integer> stateIndex;
  private final int initial;
  private final List<Map<String, Step[]>> byState;
  private final Set<String> commands;

  /** A transition with its references resolved. */
  static final class Step {
    final WorkflowTransition transition;
    final int target;
    final WorkflowRole[] roles;
    final Set<String> reasons;
    final boolean allowsSystem;

    Step(WorkflowTransition transition, int target, WorkflowRole[] roles) {
      this.transition = transition;
      this.target = target;
      this.roles = roles;
      this.reasons = Set.copyOf(transition.reasons());
      boolean system = false;
      for (WorkflowRole r : roles) {
        system |= r.binding() == RoleBinding.SYSTEM;
      }
      this.allowsSystem = system;
    }
  }

  private CompiledDefinition(WorkflowDefinition definition, WorkflowState[] states, Map<String, Integer> stateIndex,
      int initial, List<Map<String, Step[]>> byState, Set<String> commands) {
    this.definition = definition;
    this.states = states;
    this.stateIndex = stateIndex;
    this.initial = initial;
    this.byState = byState;
    this.commands = commands;
  }

  /** The definition. */
  WorkflowDefinition definition() {
    return definition;
  }

  /** The initial state. */
  WorkflowState initialState() {
    return states[initial];
  }

  /** The index of a state id, or -1. */
  int stateIndex(String id) {
    Integer i = stateIndex.get(id);
    return i == null ? -1 : i;
  }

  /** The state at an index. */
  WorkflowState state(int index) {
    return states[index];
  }

  /** The transitions of {@code command} from the state at {@code index}; empty array when none. */
  Step[] steps(int stateIndex, String command) {
    Step[] s = byState.get(stateIndex).get(command);
    return s == null ? NONE : s;
  }

  /** The commands available from a state, in definition order. */
  Set<String> commandsFrom(int stateIndex) {
    return byState.get(stateIndex).keySet();
  }

  /** True when some state has this command. */
  boolean hasCommand(String command) {
    return commands.contains(command);
  }

  private static final Step[] NONE = new Step[0];

  /**
   * Validates {@code d} and compiles it.
   *
   * @throws InvalidDefinitionException naming the definition and the element at fault
   */
  static CompiledDefinition compile(WorkflowDefinition d) {
    String def = d.id();
    if (!ID.matcher(def).matches()) {
      throw new InvalidDefinitionException(def, "id", def, "must be lower-case letters, digits and '-'");
    }
    if (d.name().isBlank()) {
      throw new InvalidDefinitionException(def, "name", d.name(), "must not be blank");
    }
    // roles
    Map<String, WorkflowRole> roles = new LinkedHashMap<>();
    roles.put(SYSTEM_ROLE.id(), SYSTEM_ROLE);
    for (int i = 0; i < d.roles().size(); i++) {
      WorkflowRole r = d.roles().get(i);
      String el = "roles[" + i + "]";
      checkId(def, el + ".id", r.id());
      if (r.id().equals(SYSTEM_ROLE.id()) || r.binding() == RoleBinding.SYSTEM) {
        throw new InvalidDefinitionException(def, el, r.id(), "the system role is built in and may not be declared");
      }
      if (r.levelsAbove() < 0) {
        throw new InvalidDefinitionException(def, el + ".levelsAbove", Integer.toString(r.levelsAbove()), "must not be negative");
      }
      if (roles.put(r.id(), r) != null) {
        throw new InvalidDefinitionException(def, el + ".id", r.id(), "role ids must be unique");
      }
    }
    // reasons
    Set<String> reasons = new HashSet<>();
    for (int i = 0; i < d.reasons().size(); i++) {
      ReasonCode r = d.reasons().get(i);
      checkId(def, "reasons[" + i + "].id", r.id());
      if (!reasons.add(r.id())) {
        throw new InvalidDefinitionException(def, "reasons[" + i + "].id", r.id(), "reason codes must be unique");
      }
    }
    // states
    if (d.states().isEmpty()) {
      throw new InvalidDefinitionException(def, "states", "[]", "a definition has at least one state");
    }
    WorkflowState[] states = d.states().toArray(new WorkflowState[0]);
    Map<String, Integer> stateIndex = new HashMap<>();
    int initial = -1;
    for (int i = 0; i < states.length; i++) {
      WorkflowState s = states[i];
      checkId(def, "states[" + i + "].id", s.id());
      if (stateIndex.put(s.id(), i) != null) {
        throw new InvalidDefinitionException(def, "states[" + i + "].id", s.id(), "state ids must be unique");
      }
      if (s.initial()) {
        if (initial >= 0) {
          throw new InvalidDefinitionException(def, "states[" + s.id() + "].initial", "true",
              "exactly one state is initial; " + states[initial].id() + " already is");
        }
        initial = i;
      }
    }
    if (initial < 0) {
      throw new InvalidDefinitionException(def, "states", "no initial state", "exactly one state is initial");
    }
    if (states[initial].isFinal()) {
      throw new InvalidDefinitionException(def, "states[" + states[initial].id() + "]", "initial and final",
          "the initial state may not be final");
    }
    // transitions
    Set<String> ids = new HashSet<>();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < d.transitions().size(); i++) {
      WorkflowTransition t = d.transitions().get(i);
      checkId(def, "transitions[" + i + "].id", t.id());
      String el = "transitions[" + t.id() + "]";
      if (!ids.add(t.id())) {
        throw new InvalidDefinitionException(def, "transitions[" + i + "].id", t.id(), "transition ids must be unique");
      }
      checkId(def, el + ".command", t.command());
      if (t.type() == TicketEventType.REPORTED || t.type() == TicketEventType.OVERDUE
          || t.type() == TicketEventType.REOPENED) {
        throw new InvalidDefinitionException(def, el + ".type", t.type().name(),
            "REPORTED, OVERDUE and REOPENED events are the service's own; a transition may not record them");
      }
      if (t.from().isEmpty()) {
        throw new InvalidDefinitionException(def, el + ".from", "[]", "a transition leaves from at least one state");
      }
      for (int k = 0; k < t.from().size(); k++) {
        String f = t.from().get(k);
        Integer fi = stateIndex.get(f);
        if (fi == null) {
          throw new InvalidDefinitionException(def, el + ".from[" + k + "]", f, "no such state; states are " + stateIndex.keySet());
        }
        if (states[fi].isFinal()) {
          throw new InvalidDefinitionException(def, el + ".from[" + k + "]", f,
              "a transition may not leave a final state (" + states[fi].outcome().get() + ")");
        }
      }
      int target = STAY;
      if (t.to().isPresent()) {
        String to = t.to().get();
        if (to.equals(WorkflowTransition.PREVIOUS)) {
          target = PREVIOUS;
        } else {
          Integer ti = stateIndex.get(to);
          if (ti == null) {
            throw new InvalidDefinitionException(def, el + ".to", to, "no such state; states are " + stateIndex.keySet()
                + " or " + WorkflowTransition.PREVIOUS);
          }
          target = ti;
        }
      }
      Outcome needed = outcomeOf(t.type());
      if (needed != null && (target < 0 || states[target].outcome().orElse(null) != needed)) {
        throw new InvalidDefinitionException(def, el + ".to", t.to().orElse("(stay)"),
            "a " + t.type() + " transition goes to a final state with outcome " + needed);
      }
      if (t.reopens() && (target < 0 || states[target].isFinal())) {
        throw new InvalidDefinitionException(def, el + ".to", t.to().orElse("(stay)"),
            "a reopening transition goes to a state that is not final");
      }
      if (t.roles().isEmpty()) {
        throw new InvalidDefinitionException(def, el + ".roles", "[]", "a transition names at least one role");
      }
      WorkflowRole[] stepRoles = new WorkflowRole[t.roles().size()];
      for (int k = 0; k < t.roles().size(); k++) {
        WorkflowRole r = roles.get(t.roles().get(k));
        if (r == null) {
          throw new InvalidDefinitionException(def, el + ".roles[" + k + "]", t.roles().get(k),
              "no such role; roles are " + roles.keySet());
        }
        stepRoles[k] = r;
      }
      for (int k = 0; k < t.reasons().size(); k++) {
        if (!reasons.contains(t.reasons().get(k))) {
          throw new InvalidDefinitionException(def, el + ".reasons[" + k + "]", t.reasons().get(k),
              "no such reason code; reasons are " + reasons);
        }
      }
      if (t.reasonRequired() && t.reasons().isEmpty()) {
        throw new InvalidDefinitionException(def, el + ".reasonRequired", "true", "a transition that requires a reason lists the reasons it takes");
      }
      steps.add(new Step(t, target, stepRoles));
    }
    // tables by state and command
    List<Map<String, Step[]>> byState = new ArrayList<>(states.length);
    Set<String> commands = new HashSet<>();
    for (int s = 0; s < states.length; s++) {
      Map<String, List<Step>> m = new LinkedHashMap<>();
      for (Step st : steps) {
        if (st.transition.from().contains(states[s].id())) {
          m.computeIfAbsent(st.transition.command(), k -> new ArrayList<>()).add(st);
        }
      }
      Map<String, Step[]> table = new HashMap<>();
      for (Map.Entry<String, List<Step>> e : m.entrySet()) {
        List<Step> same = e.getValue();
        for (int a = 0; a < same.size(); a++) {
          for (int b = a + 1; b < same.size(); b++) {
            if (!disjoint(same.get(a).transition, same.get(b).transition)) {
              throw new InvalidDefinitionException(def, "transitions[" + same.get(b).transition.id() + "]",
                  e.getKey(), "command " + e.getKey() + " from state " + states[s].id() + " is ambiguous with transition "
                  + same.get(a).transition.id() + "; tell them apart by whenPassed, whenSatisfaction or whenMatterClass");
            }
          }
        }
        table.put(e.getKey(), same.toArray(new Step[0]));
        commands.add(e.getKey());
      }
      byState.add(Collections.unmodifiableMap(new LinkedHashMap<>(orderedCopy(m.keySet(), table))));
    }
    // reachability
    boolean[] reached = new boolean[states.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    reached[initial] = true;
    queue.add(initial);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (Step[] group : byState.get(s).values()) {
        for (Step st : group) {
          if (st.target >= 0 && !reached[st.target]) {
            reached[st.target] = true;
            queue.add(st.target);
          }
        }
      }
    }
    for (int s = 0; s < states.length; s++) {
      if (!reached[s]) {
        throw new InvalidDefinitionException(def, "states[" + states[s].id() + "]", states[s].id(),
            "is unreachable: no chain of transitions leads to it from the initial state " + states[initial].id());
      }
      if (!states[s].isFinal()) {
        boolean exit = false;
        for (Step[] group : byState.get(s).values()) {
          for (Step st : group) {
            exit |= st.target != STAY;
          }
        }
        if (!exit) {
          throw new InvalidDefinitionException(def, "states[" + states[s].id() + "]", states[s].id(),
              "is not final but no transition leaves it");
        }
      } else if (states[s].onTimeout().isPresent() || states[s].limit().isPresent()) {
        throw new InvalidDefinitionException(def, "states[" + states[s].id() + "]", states[s].id(),
            "a final state has no step limit and no timeout");
      }
      if (states[s].onTimeout().isPresent()) {
        String tid = states[s].onTimeout().get();
        Step found = null;
        for (Step st : steps) {
          if (st.transition.id().equals(tid)) {
            found = st;
          }
        }
        if (found == null || !found.transition.from().contains(states[s].id()) || !found.allowsSystem) {
          throw new InvalidDefinitionException(def, "states[" + states[s].id() + "].onTimeout", tid,
              "must name a transition that leaves this state and allows the system role");
        }
        if (states[s].limit().isEmpty()) {
          throw new InvalidDefinitionException(def, "states[" + states[s].id() + "].onTimeout", tid,
              "a timeout needs a step limit");
        }
      }
    }
    if (d.escalation().topLevel() < 1) {
      throw new InvalidDefinitionException(def, "escalation.topLevel", Integer.toString(d.escalation().topLevel()),
          "tree levels are numbered from 1 at the root");
    }
    return new CompiledDefinition(d, states, Collections.unmodifiableMap(stateIndex), initial, byState,
        Collections.unmodifiableSet(commands));
  }

  private static Map<String, Step[]> orderedCopy(Set<String> order, Map<String, Step[]> table) {
    Map<String, Step[]> out = new LinkedHashMap<>();
    for (String k : order) {
      out.put(k, table.get(k));
    }
    return out;
  }

  private static boolean disjoint(WorkflowTransition a, WorkflowTransition b) {
    if (a.whenPassed().isPresent() && b.whenPassed().isPresent() && !a.whenPassed().equals(b.whenPassed())) {
      return true;
    }
    if (!a.whenSatisfaction().isEmpty() && !b.whenSatisfaction().isEmpty()
        && Collections.disjoint(a.whenSatisfaction(), b.whenSatisfaction())) {
      return true;
    }
    return !a.whenMatterClass().isEmpty() && !b.whenMatterClass().isEmpty()
        && Collections.disjoint(a.whenMatterClass(), b.whenMatterClass());
  }

  /** The outcome a transition type implies, or null. */
  static Outcome outcomeOf(TicketEventType type) {
    switch (type) {
      case CLOSED:
        return Outcome.CLOSED;
      case REJECTED:
        return Outcome.REJECTED;
      case CANCELLED:
        return Outcome.CANCELLED;
      default:
        return null;
    }
  }

  private static void checkId(String def, String element, String id) {
    if (!ID.matcher(id).matches()) {
      throw new InvalidDefinitionException(def, element, id, "must be lower-case letters, digits and '-'");
    }
  }
}
