package org.gridgov.store.jdbc.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.gridgov.store.jdbc.SchemaVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema's migrations (数据库迁移), run with Flyway from
 * {@code org/gridgov/store/jdbc/internal/migration}: V1 the ticket store, V2 the points ledger, V3
 * the grid registry. Running them on a database already at the latest version changes nothing; a
 * database that a newer GridGov has migrated further is refused.
 */
public final class Migrations {
  /** The latest schema version this GridGov knows. */
  public static final int LATEST = 3;
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final String LOCATION = "classpath:org/gridgov/store/jdbc/internal/migration";

  private Migrations() {}

  private static Flyway flyway(DataSource dataSource, String schema) {
    return Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource).schemas(schema)
        .locations(LOCATION).table("gridgov_schema_history").load();
  }

  /**
   * The schema's current version: 0 when it has no GridGov tables yet.
   *
   * @throws org.gridgov.store.jdbc.StoreUnavailableException when the database cannot be reached
   */
  public static int current(DataSource dataSource, String schema) {
    try {
      MigrationInfo[] applied = flyway(dataSource, schema).info().applied();
      return Arrays.stream(applied).filter(i -> i.getVersion() != null && i.getState().isApplied())
          .map(i -> i.getVersion().getMajor().intValue()).max(Comparator.naturalOrder()).orElse(0);
    } catch (RuntimeException e) {
      throw Errors.translate("schema", e);
    }
  }

  /**
   * Brings {@code schema} to the latest version, creating it when missing.
   *
   * @return the number of migrations applied (0 when it was up to date)
   * @throws SchemaVersionException when the schema is at a version newer than {@link #LATEST}
   */
  public static int migrate(DataSource dataSource, String schema) {
    Flyway flyway = flyway(dataSource, schema);
    try {
      Optional<MigrationInfo> future = Arrays.stream(flyway.info().applied())
          .filter(i -> i.getState() == MigrationState.FUTURE_SUCCESS || i.getState() == MigrationState.FUTURE_FAILED)
          .max(Comparator.comparing(MigrationInfo::getVersion));
      if (future.isPresent()) {
        throw new SchemaVersionException(schema, "V" + future.get().getVersion(), "the database's schema was migrated by a "
            + "newer GridGov (\"" + future.get().getDescription() + "\"); this one knows versions 1 to " + LATEST
            + " and will not read or write it — upgrade GridGov, or point it at another schema");
      }
      MigrateResult result = flyway.migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info("schema {} migrated from {} to {} ({} migrations)", schema, result.initialSchemaVersion,
            result.targetSchemaVersion, result.migrationsExecuted);
      }
      return result.migrationsExecuted;
    } catch (RuntimeException e) {
      throw Errors.translate("schema", e);
    }
  }
}
