package org.gridgov.core;

/**
 * The caller may not read or act on this (越权): the target lies outside the grid scope of
 * the {@link Principal}, or the principal's role may not perform the action.
 */
public class ForbiddenException extends GridGovException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String field, String value, String rule) {
    super(field, value, rule);
  }
}
