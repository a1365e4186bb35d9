package org.gridgov.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.spi.PointsStore;
import org.gridgov.store.jdbc.internal.Database;
import org.gridgov.store.jdbc.internal.JdbcGridRegistry;
import org.gridgov.store.jdbc.internal.JdbcOutboxRelay;
import org.gridgov.store.jdbc.internal.JdbcPointsStore;
import org.gridgov.store.jdbc.internal.JdbcTicketStore;
import org.gridgov.store.jdbc.internal.Migrations;
import org.gridgov.workflow.spi.TicketListener;
import org.gridgov.workflow.spi.TicketStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * GridGov's state on PostgreSQL (PostgreSQL存储入口): one connection pool, the schema migrated to
 * this version, and the stores on it — {@link #tickets(GridTree) tickets}, {@link #points() points},
 * {@link #grids() grids} and the listeners' {@link #relay outbox relays}. Several service instances
 * connect to the same database, each with its own {@code JdbcStores}; nothing is held in memory
 * across tickets.
 *
 * <pre>{@code
 * try (JdbcStores stores = JdbcStores.connect("jdbc:postgresql://db:5432/city", "gridgov", secret)) {
 *   TicketService service = TicketService.builder().tree(tree).catalogue(catalogue)
 *       .store(stores.tickets(tree)).build();
 *   PointsLedger ledger = PointsLedger.create(rules, ScoringPeriod.CHINA, stores.points());
 * }
 * }</pre>
 */
public final class JdbcStores implements AutoCloseable {
  /** The schema the tables go in unless told otherwise. */
  public static final String DEFAULT_SCHEMA = "gridgov";

  private final HikariDataSource pool;
  private final DataSource direct;
  private final Database db;
  private final int migrationsApplied;

  private JdbcStores(HikariDataSource pool, DataSource direct, String schema) {
    this.pool = pool;
    this.direct = direct;
    this.db = new Database(pool, schema, () -> {
      if (!pool.isClosed() && pool.getHikariPoolMXBean() != null) {
        pool.getHikariPoolMXBean().softEvictConnections();
      }
    });
    int applied;
    try {
      applied = Migrations.migrate(direct, schema);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    this.migrationsApplied = applied;
  }

  /**
   * Connects to {@code jdbcUrl} with a pool of 10, migrates the schema {@value #DEFAULT_SCHEMA} to
   * this version (creating it when missing) and returns the stores.
   *
   * @throws StoreUnavailableException when the database cannot be reached within 10 s
   * @throws SchemaVersionException when a newer GridGov has migrated the schema further
   */
  public static JdbcStores connect(String jdbcUrl, String user, String password) {
    return builder().url(jdbcUrl).user(user).password(password).connect();
  }

  /** A builder for the connection and pool settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ticket store, numbering the tickets' grids by {@code tree} (the tree the service runs on),
   * so that {@link TicketStore#openUnder} and {@link TicketStore#countLights(org.gridgov.core.GridNode,
   * java.time.Instant)} are index range scans. The first store records the tree in the database.
   *
   * @throws org.gridgov.core.ConflictException when the database numbers by another tree: call
   *     {@link #renumber(GridTree)} once when the tree has changed
   */
  public TicketStore tickets(GridTree tree) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    return new JdbcTicketStore(db, tree);
  }

  /** Numbers the open tickets' grids by {@code tree} from now on, in one transaction (after the tree changed). */
  public void renumber(GridTree tree) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    JdbcTicketStore.renumber(db, tree);
  }

  /** The points ledger's store: {@code PointsLedger.create(rules, zone, stores.points())}. */
  public PointsStore points() {
    return new JdbcPointsStore(db);
  }

  /** The grid registry. */
  public GridRegistry grids() {
    return new JdbcGridRegistry(db);
  }

  /**
   * Registers {@code listener} under {@code name} and returns its relay: every append from now on
   * leaves an outbox row for it, in the append's transaction, until it is delivered. The name is the
   * key: the relays of several instances with the same name share the listener's rows.
   *
   * @throws InvalidInputException when the name is blank or longer than 100 characters
   */
  public OutboxRelay relay(String name, TicketListener listener) {
    if (name == null) {
      throw new MissingValueException("name");
    }
    if (listener == null) {
      throw new MissingValueException("listener");
    }
    if (name.isBlank() || name.length() > 100) {
      throw new InvalidInputException("name", name, "a listener's name has 1 to 100 characters, not all blank");
    }
    return new JdbcOutboxRelay(db, name, listener);
  }

  /** The schema's version: the latest this GridGov knows. */
  public int schemaVersion() {
    return Migrations.current(direct, db.schema());
  }

  /** How many migrations connecting applied (0 when the schema was up to date). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  /** The schema the tables live in. */
  public String schema() {
    return db.schema();
  }

  /** Closes the pool; the stores fail with {@link StoreUnavailableException} from then on. */
  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return "JdbcStores[" + pool.getPoolName() + ", schema " + db.schema() + "]";
  }

  /** Connection and pool settings. */
  public static final class Builder {
    private String url;
    private String user;
    private String password = "";
    private String schema = DEFAULT_SCHEMA;
    private int poolSize = 10;
    private Duration connectionTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** The JDBC URL, {@code jdbc:postgresql://host:port/database}. */
    public Builder url(String jdbcUrl) {
      this.url = jdbcUrl;
      return this;
    }

    /** The database user. */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** The user's password (never logged). */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** The schema for the tables; {@value #DEFAULT_SCHEMA} by default. Letters, digits and '_'. */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    /** The most connections the pool opens; 10 by default. */
    public Builder poolSize(int poolSize) {
      this.poolSize = poolSize;
      return this;
    }

    /** How long a call waits for a connection before {@link StoreUnavailableException}; 10 s by default. */
    public Builder connectionTimeout(Duration timeout) {
      this.connectionTimeout = timeout;
      return this;
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @throws MissingValueException when the URL or user is missing
     * @throws InvalidInputException for a URL that is not PostgreSQL's, a bad schema name, pool size or timeout
     * @throws StoreUnavailableException when the database cannot be reached
     * @throws SchemaVersionException when a newer GridGov has migrated the schema further
     */
    public JdbcStores connect() {
      if (url == null) {
        throw new MissingValueException("url");
      }
      if (user == null) {
        throw new MissingValueException("user");
      }
      if (password == null) {
        throw new MissingValueException("password");
      }
      if (schema == null) {
        throw new MissingValueException("schema");
      }
      if (connectionTimeout == null) {
        throw new MissingValueException("connectionTimeout");
      }
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new InvalidInputException("url", url.replaceAll("password=[^&]*", "password=***"),
            "must be a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database");
      }
      if (!schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
        throw new InvalidInputException("schema", schema, "letters, digits and '_', at most 63, not starting with a digit");
      }
      if (poolSize < 1 || poolSize > 200) {
        throw new InvalidInputException("poolSize", Integer.toString(poolSize), "must be from 1 to 200");
      }
      if (connectionTimeout.compareTo(Duration.ofMillis(250)) < 0) {
        throw new InvalidInputException("connectionTimeout", connectionTimeout.toString(), "must be at least 250 ms");
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
      config.setSchema(schema);
      config.setMaximumPoolSize(poolSize);
      config.setMinimumIdle(Math.min(2, poolSize));
      config.setConnectionTimeout(connectionTimeout.toMillis());
      config.setInitializationFailTimeout(-1);
      config.setPoolName("gridgov-" + schema);
      // migrations run on connections of their own (Flyway holds two at once), outside the pool
      PGSimpleDataSource direct = new PGSimpleDataSource();
      direct.setURL(url);
      direct.setUser(user);
      direct.setPassword(password);
      int seconds = (int) Math.max(1, connectionTimeout.toSeconds());
      direct.setConnectTimeout(seconds);
      direct.setLoginTimeout(seconds);
      return new JdbcStores(new HikariDataSource(config), direct, schema);
    }
  }
}
