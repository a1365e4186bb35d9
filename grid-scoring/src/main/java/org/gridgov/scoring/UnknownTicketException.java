package org.gridgov.scoring;

import org.gridgov.core.NotFoundException;

/**
 * An event arrived for a ticket the scorer cannot follow (未知工单): its earlier versions were
 * neither fed nor found in the history source. Nothing was counted or changed.
 */
public class UnknownTicketException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  public UnknownTicketException(String field, String value, String rule) {
    super(field, value, rule);
  }
}
