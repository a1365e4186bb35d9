package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gridgov.store.jdbc.internal.Migrations;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** The schema's migrations (数据库迁移): once, never twice, and never over a newer schema. */
class MigrationsTest {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();

  @Test
  void connectingTwiceMigratesOnceAndTheSecondRunIsANoOp() {
    String schema = EmbeddedDatabase.uniqueSchema("twice");
    try (JdbcStores one = DB.connect(schema, 2)) {
      assertThat(one.migrationsApplied()).isEqualTo(Migrations.LATEST);
      assertThat(one.schemaVersion()).isEqualTo(Migrations.LATEST);
    }
    try (JdbcStores two = DB.connect(schema, 2)) {
      assertThat(two.migrationsApplied()).isZero();
      assertThat(two.schemaVersion()).isEqualTo(Migrations.LATEST);
    }
  }

  @Test
  void aDatabaseOfANewerSchemaIsRefusedWithAClearError() {
    String schema = EmbeddedDatabase.uniqueSchema("newer");
    DB.connect(schema, 2).close();
    DB.sql(schema, "INSERT INTO gridgov_schema_history (installed_rank, version, description, type, script, checksum, "
        + "installed_by, execution_time, success) VALUES (99, '" + (Migrations.LATEST + 1) + "', 'from a newer GridGov', "
        + "'SQL', 'V" + (Migrations.LATEST + 1) + "__from_a_newer_gridgov.sql', 0, 'test', 0, true)");
    assertThatThrownBy(() -> DB.connect(schema, 2)).isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining(schema).hasMessageContaining("V" + (Migrations.LATEST + 1))
        .hasMessageContaining("newer GridGov").hasMessageContaining("1 to " + Migrations.LATEST);
  }

  @Test
  void theLatestVersionIsTheHighestMigrationShipped() throws URISyntaxException {
    Path dir = Path.of(Migrations.class.getResource("migration").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      int highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
      assertThat(highest).isEqualTo(Migrations.LATEST);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anUnreachableDatabaseIsATypedErrorOnConnect() {
    assertThatThrownBy(() -> JdbcStores.builder().url("jdbc:postgresql://127.0.0.1:1/none").user("x").password("y")
        .connectionTimeout(java.time.Duration.ofMillis(500)).connect()).isInstanceOf(StoreUnavailableException.class);
  }
}
