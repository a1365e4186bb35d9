package org.gridgov.workflow;

import org.gridgov.core.InvalidInputException;

/**
 * A workflow definition breaks a rule (流程定义错误): an unreachable state, a transition from a
 * final state, a role or state that does not exist, … The message names the definition, the
 * element ({@code transitions[return].roles[0]}), the offending value and the rule.
 */
public class InvalidDefinitionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String definition;
  private final String element;

  public InvalidDefinitionException(String definition, String element, String value, String rule) {
    this(definition, element, value, rule, null);
  }

  /** As {@link #InvalidDefinitionException(String, String, String, String)}, with the failure behind it. */
  public InvalidDefinitionException(String definition, String element, String value, String rule, Throwable cause) {
    super("definition " + definition + ": " + element, value, rule, cause);
    this.definition = definition;
    this.element = element;
  }

  /** The id of the definition at fault. */
  public String definition() {
    return definition;
  }

  /** The element at fault, for example {@code states[verified]}. */
  public String element() {
    return element;
  }
}
