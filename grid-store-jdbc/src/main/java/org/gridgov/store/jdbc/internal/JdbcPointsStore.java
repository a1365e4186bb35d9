package org.gridgov.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.EntryKind;
import org.gridgov.scoring.PointsEntry;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsSource;
import org.gridgov.scoring.spi.PointsBook;
import org.gridgov.scoring.spi.PointsStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The points ledger's store on PostgreSQL (积分台账): one {@code points_entry} row per entry,
 * numbered by a sequence. A unit of work is one transaction holding a transaction-scoped advisory
 * lock on the person, so units of one person queue up in every process; an award's key is the
 * partial unique index {@code points_award_once}, so two units of different persons booking the
 * same ticket's once-per-ticket outcome book it once (the second gets nothing back).
 */
public final class JdbcPointsStore implements PointsStore {
  static final String COLUMNS = "entry_id, person, kind, outcome, points, requested, source_kind, source_id, "
      + "source_version, matter_type, at, at_nano, compensates, note";
  static final String TOTAL = "SELECT coalesce(sum(points), 0) FROM points_entry WHERE person = ANY(:ps) "
      + "AND at >= :from AND at < :to";
  static final String AWARDED = "SELECT coalesce(sum(points), 0) FROM points_entry WHERE person = :p "
      + "AND kind = 'AWARD' AND points > 0 AND at >= :from AND at < :to";
  private final Database db;

  public JdbcPointsStore(Database db) {
    this.db = db;
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }

  static PointsEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
    long compensates = rs.getLong("compensates");
    Optional<Long> comp = rs.wasNull() ? Optional.empty() : Optional.of(compensates);
    PointsSource.Kind kind = PointsSource.Kind.valueOf(rs.getString("source_kind"));
    Instant at = rs.getObject("at", OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.SECONDS)
        .plusNanos(rs.getInt("at_nano"));
    return new PointsEntry(rs.getLong("entry_id"), rs.getString("person"), EntryKind.valueOf(rs.getString("kind")),
        PointsOutcome.valueOf(rs.getString("outcome")), rs.getInt("points"), rs.getInt("requested"),
        new PointsSource(kind, rs.getString("source_id"), rs.getLong("source_version")),
        Optional.ofNullable(rs.getString("matter_type")), at, comp, rs.getString("note"));
  }

  @Override
  public <T> T atomically(String person, Function<PointsBook, T> work) {
    require(person, "person");
    require(work, "work");
    return db.transaction("points", h -> {
      h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended(:p, 7321))::text").bind("p", person).mapTo(String.class).one();
      return work.apply(new Book(h));
    });
  }

  /** One unit's view: everything on the unit's transaction. */
  private static final class Book implements PointsBook {
    private final Handle h;

    Book(Handle h) {
      this.h = h;
    }

    @Override
    public Optional<PointsEntry> award(PointsSource source, PointsOutcome outcome, String party) {
      return JdbcPointsStore.award(h, source, outcome, party);
    }

    @Override
    public long awarded(String person, Instant from, Instant to) {
      return h.createQuery(AWARDED).bind("p", person).bind("from", Times.floor(from))
          .bind("to", Times.floor(to)).mapTo(Long.class).one();
    }

    @Override
    public long compensated(long entryId) {
      return h.createQuery("SELECT coalesce(sum(points), 0) FROM points_entry WHERE compensates = :id")
          .bind("id", entryId).mapTo(Long.class).one();
    }

    @Override
    public Optional<PointsEntry> append(PointsEntry e) {
      require(e, "entry");
      String party = PointsStore.isAward(e) ? PointsStore.party(e.outcome(), e.person()) : null;
      Optional<Long> id = h.createQuery("INSERT INTO points_entry (entry_id, person, kind, outcome, points, requested, "
          + "source_kind, source_id, source_version, source_key, party, matter_type, at, at_nano, compensates, note) "
          + "VALUES (nextval('points_entry_number'), :person, :kind, :outcome, :points, :requested, :skind, :sid, :sv, "
          + ":skey, :party, :mt, :at, :nano, :comp, :note) "
          + "ON CONFLICT (source_key, outcome, party) WHERE kind = 'AWARD' DO NOTHING RETURNING entry_id")
          .bind("person", e.person()).bind("kind", e.kind().name()).bind("outcome", e.outcome().name())
          .bind("points", e.points()).bind("requested", e.requested()).bind("skind", e.source().kind().name())
          .bind("sid", e.source().id()).bind("sv", e.source().version()).bind("skey", e.source().key())
          .bind("party", party).bind("mt", e.matterType().orElse(null)).bind("at", Times.stored("at", e.at()))
          .bind("nano", e.at().getNano()).bind("comp", e.compensates().orElse(null)).bind("note", e.note())
          .mapTo(Long.class).findOne();
      return id.map(n -> new PointsEntry(n, e.person(), e.kind(), e.outcome(), e.points(), e.requested(), e.source(),
          e.matterType(), e.at(), e.compensates(), e.note()));
    }
  }

  private static Optional<PointsEntry> award(Handle h, PointsSource source, PointsOutcome outcome, String party) {
    require(source, "source");
    require(outcome, "outcome");
    require(party, "party");
    return h.createQuery("SELECT " + COLUMNS + " FROM points_entry WHERE source_key = :k AND outcome = :o "
        + "AND party = :p AND kind = 'AWARD'").bind("k", source.key()).bind("o", outcome.name()).bind("p", party)
        .map(JdbcPointsStore::map).findOne();
  }

  @Override
  public Optional<PointsEntry> entry(long id) {
    return db.read("entry", h -> h.createQuery("SELECT " + COLUMNS + " FROM points_entry WHERE entry_id = :id")
        .bind("id", id).map(JdbcPointsStore::map).findOne());
  }

  @Override
  public List<PointsEntry> entries() {
    return List.copyOf(db.read("entries", h -> h.createQuery("SELECT " + COLUMNS + " FROM points_entry ORDER BY entry_id")
        .map(JdbcPointsStore::map).list()));
  }

  @Override
  public List<PointsEntry> entries(String person) {
    require(person, "person");
    return List.copyOf(db.read("entries", h -> h.createQuery("SELECT " + COLUMNS + " FROM points_entry "
        + "WHERE person = :p ORDER BY entry_id").bind("p", person).map(JdbcPointsStore::map).list()));
  }

  @Override
  public long size() {
    return db.read("size", h -> h.createQuery("SELECT count(*) FROM points_entry").mapTo(Long.class).one());
  }

  @Override
  public Optional<PointsEntry> award(PointsSource source, PointsOutcome outcome, String party) {
    return db.read("award", h -> award(h, source, outcome, party));
  }

  @Override
  public Optional<PointsEntry> booking(PointsSource source, PointsOutcome outcome) {
    require(source, "source");
    require(outcome, "outcome");
    return db.read("booking", h -> h.createQuery("SELECT " + COLUMNS + " FROM points_entry WHERE source_key = :k "
        + "AND outcome = :o AND kind = 'AWARD' ORDER BY entry_id LIMIT 1").bind("k", source.key())
        .bind("o", outcome.name()).map(JdbcPointsStore::map).findOne());
  }

  @Override
  public long balance(String person) {
    require(person, "person");
    return db.read("balance", h -> h.createQuery("SELECT coalesce(sum(points), 0) FROM points_entry WHERE person = :p")
        .bind("p", person).mapTo(Long.class).one());
  }

  @Override
  public long total(Collection<String> persons, Instant from, Instant to) {
    require(persons, "persons");
    require(from, "from");
    require(to, "to");
    String[] ps = new TreeSet<>(persons).toArray(new String[0]);
    return db.read("total", h -> h.createQuery(TOTAL).bind("ps", ps).bind("from", Times.floor(from))
        .bind("to", Times.floor(to)).mapTo(Long.class).one());
  }

  @Override
  public Map<String, Long> balances(Instant from, Instant to) {
    require(from, "from");
    require(to, "to");
    Map<String, Long> out = new TreeMap<>();
    db.read("balances", h -> h.createQuery("SELECT person, coalesce(sum(points) FILTER (WHERE at >= :from AND at < :to), 0) "
        + "AS s FROM points_entry GROUP BY person").bind("from", Times.floor(from)).bind("to", Times.floor(to))
        .map((rs, ctx) -> out.put(rs.getString(1), rs.getLong(2))).list());
    return Collections.unmodifiableMap(out);
  }

  @Override
  public SortedSet<String> persons() {
    List<String> persons = db.read("persons", h -> h.createQuery("SELECT DISTINCT person FROM points_entry")
        .mapTo(String.class).list());
    return Collections.unmodifiableSortedSet(new TreeSet<String>(persons));
  }

  @Override
  public String toString() {
    return "JdbcPointsStore[schema " + db.schema() + "]";
  }
}
