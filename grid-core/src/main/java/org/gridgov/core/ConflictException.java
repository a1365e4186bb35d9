package org.gridgov.core;

/**
 * Another change won (并发冲突): for example two commands on one ticket raced and this one
 * carried a stale version. Nothing was changed; re-read and retry.
 */
public class ConflictException extends GridGovException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String field, String value, String rule) {
    super(field, value, rule);
  }
}
