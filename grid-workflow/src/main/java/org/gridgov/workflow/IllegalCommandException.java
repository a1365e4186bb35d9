package org.gridgov.workflow;

import org.gridgov.core.InvalidInputException;

/**
 * A command the ticket's definition does not allow now (非法操作): not a command of the definition,
 * not allowed from the current state, outside its window, missing an argument it needs, or
 * contradicting the ticket (approving an extension nobody asked for). Nothing was changed.
 */
public class IllegalCommandException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public IllegalCommandException(String field, String value, String rule) {
    super(field, value, rule);
  }
}
