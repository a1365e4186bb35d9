package org.gridgov.scoring;

import org.gridgov.core.InvalidInputException;

/**
 * A scoring rule file or builder broke a rule (规则配置错误): points of the wrong sign, a negative
 * cap, an unknown matter type, weights not adding up to 100 %, a malformed or unknown JSON field.
 * The field is the JSON path or builder attribute at fault, for example
 * {@code rules[3].matterType}.
 */
public class InvalidRulesException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidRulesException(String field, String value, String rule) {
    super(field, value, rule);
  }

  public InvalidRulesException(String field, String value, String rule, Throwable cause) {
    super(field, value, rule, cause);
  }
}
