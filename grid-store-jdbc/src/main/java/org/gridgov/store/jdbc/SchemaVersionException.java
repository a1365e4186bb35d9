package org.gridgov.store.jdbc;

import org.gridgov.core.GridGovException;

/**
 * The database's schema is not one this GridGov can work with (数据库结构版本不符): typically a
 * newer GridGov has migrated it past the versions this one knows. The store refuses to start rather
 * than read or write tables whose meaning may have changed.
 */
public class SchemaVersionException extends GridGovException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field {@code schema}, or the schema's name
   * @param value the version found
   * @param rule the versions this GridGov knows and what to do
   */
  public SchemaVersionException(String field, String value, String rule) {
    super(field, value, rule);
  }
}
