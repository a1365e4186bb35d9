package org.gridgov.store.jdbc.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.ConflictException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.store.jdbc.OutboxRelay;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketListener;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay on PostgreSQL (事件投递): takes the listener's due rows a batch at a time
 * ({@code FOR UPDATE SKIP LOCKED}, so relays of other instances take other rows), hands each to the
 * listener and deletes it in the same transaction; a listener that throws leaves its row with the
 * attempt counted and the next attempt put off (1 s, doubling, at most 5 minutes).
 */
public final class JdbcOutboxRelay implements OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutboxRelay.class);
  private static final int BATCH = 100;

  private final Database db;
  private final String name;
  private final TicketListener listener;
  private ScheduledExecutorService timer;

  private record Row(long id, TicketId ticket, long first, long last, int attempts) {}

  public JdbcOutboxRelay(Database db, String name, TicketListener listener) {
    this.db = db;
    this.name = name;
    this.listener = listener;
    db.call("relay", h -> h.createUpdate("INSERT INTO outbox_listener (name) VALUES (:n) ON CONFLICT DO NOTHING")
        .bind("n", name).execute());
  }

  @Override
  public String listener() {
    return name;
  }

  @Override
  public int deliverPending() {
    int delivered = 0;
    while (true) {
      int[] batch = db.transaction("relay", this::deliverBatch);
      delivered += batch[0];
      if (batch[1] != 0 || batch[0] < BATCH) {
        return delivered;
      }
    }
  }

  /** Delivers one batch; returns {delivered, 1 when a listener failed}. */
  private int[] deliverBatch(Handle h) {
    List<Row> rows = h.createQuery("SELECT id, ticket_id, first_version, last_version, attempts FROM ticket_outbox "
        + "WHERE listener = :n AND next_attempt_at <= now() ORDER BY id LIMIT :b FOR UPDATE SKIP LOCKED")
        .bind("n", name).bind("b", BATCH).map((rs, ctx) -> new Row(rs.getLong(1), TicketId.of(rs.getString(2)),
            rs.getLong(3), rs.getLong(4), rs.getInt(5))).list();
    int delivered = 0;
    for (Row r : rows) {
      List<TicketEvent> log = new ArrayList<>();
      h.createQuery("SELECT event::text FROM ticket_event WHERE ticket_id = :id AND version <= :last ORDER BY version")
          .bind("id", r.ticket().value()).bind("last", r.last()).mapTo(String.class)
          .forEach(json -> log.add(EventCodec.read(json)));
      Ticket after = Ticket.replay(log);
      List<TicketEvent> appended = List.copyOf(log.subList((int) r.first() - 1, log.size()));
      try {
        listener.onAppended(after, appended);
      } catch (RuntimeException | LinkageError e) {
        long delay = Math.min(300, 1L << Math.min(r.attempts(), 9));
        h.createUpdate("UPDATE ticket_outbox SET attempts = attempts + 1, last_error = :err, "
            + "next_attempt_at = now() + make_interval(secs => :delay) WHERE id = :id").bind("err", e.getClass().getName())
            .bind("delay", (double) delay).bind("id", r.id()).execute();
        LOG.warn("listener {} failed on ticket {} v{}-v{} (attempt {}, {}); the outbox row stays and is tried again in {} s",
            name, r.ticket(), r.first(), r.last(), r.attempts() + 1, e.getClass().getName(), delay);
        return new int[] {delivered, 1};
      }
      h.createUpdate("DELETE FROM ticket_outbox WHERE id = :id").bind("id", r.id()).execute();
      delivered++;
    }
    return new int[] {delivered, 0};
  }

  @Override
  public long pending() {
    return db.call("pending", h -> h.createQuery("SELECT count(*) FROM ticket_outbox WHERE listener = :n")
        .bind("n", name).mapTo(Long.class).one());
  }

  @Override
  public synchronized void start(Duration every) {
    if (every == null) {
      throw new MissingValueException("every");
    }
    if (every.toMillis() < 10) {
      throw new InvalidInputException("every", every.toString(), "must be at least 10 ms");
    }
    if (timer != null) {
      throw new ConflictException("relay", name, "the relay is already started");
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "gridgov-outbox-" + name);
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(() -> {
      try {
        deliverPending();
      } catch (RuntimeException e) {
        LOG.warn("outbox relay {} could not deliver ({}); it tries again", name, e.getClass().getName());
      }
    }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      timer = null;
    }
  }

  @Override
  public String toString() {
    return "OutboxRelay[" + name + "]";
  }
}
