package org.gridgov.workflow;

import org.gridgov.core.InvalidInputException;

/**
 * A working-time computation reached a year the business calendar has no holiday data for
 * (缺少节假日数据). Such a year is unknown, not a year without holidays: the computation is refused
 * and, on the command path, nothing is changed.
 */
public class CalendarDataMissingException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public CalendarDataMissingException(String field, String value, String rule) {
    super(field, value, rule);
  }
}
