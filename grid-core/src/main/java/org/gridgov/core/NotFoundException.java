package org.gridgov.core;

/** A looked-up thing does not exist (未找到): a grid code, a matter type, a ticket. */
public class NotFoundException extends GridGovException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String field, String value, String rule) {
    super(field, value, rule);
  }
}
