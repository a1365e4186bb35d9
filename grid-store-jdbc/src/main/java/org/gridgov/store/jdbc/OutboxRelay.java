package org.gridgov.store.jdbc;

import java.time.Duration;

/**
 * Delivers the ticket outbox to one {@link org.gridgov.workflow.spi.TicketListener} (事件投递): every
 * append commits, in its own transaction, one outbox row per registered listener; a relay hands each
 * of its listener's rows to the listener — the ticket after the append and the events appended,
 * read back from the store — and deletes the row once the listener returned. A listener that throws
 * leaves its row, which is tried again later (after 1 s, doubling to at most 5 minutes).
 *
 * <p>Delivery is at least once: a process that stops between the listener's return and the row's
 * deletion delivers the row again, with the same ticket and events, so a listener keyed by ticket
 * id and version (a Kafka topic keyed by ticket id, an upsert by version) is idempotent. Several
 * relays of the same listener (one per service instance) share the rows: each row is locked by the
 * relay delivering it ({@code FOR UPDATE SKIP LOCKED}), so two relays never deliver it at once.
 * Rows of one ticket may arrive out of order across relays; order by version.
 */
public interface OutboxRelay extends AutoCloseable {
  /** The listener's name: the key of its rows. */
  String listener();

  /**
   * Delivers every row of the listener that is due now, a batch at a time, until none is left or
   * the listener fails on one (that row and the rest wait).
   *
   * @return the number of rows delivered
   * @throws StoreUnavailableException when the database cannot be reached
   */
  int deliverPending();

  /** The number of rows waiting for the listener, due or not. */
  long pending();

  /**
   * Runs {@link #deliverPending()} every {@code every} on a daemon thread until {@link #close()}.
   *
   * @throws org.gridgov.core.ConflictException when already started
   */
  void start(Duration every);

  /** Stops the thread, if started; rows not delivered stay for the next relay. */
  @Override
  void close();
}
