package org.gridgov.scoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.scoring.HistorySource;
import org.gridgov.scoring.UnknownTicketException;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * Follows tickets event by event for a scorer: per ticket a state of type {@code S} that knows
 * the last version applied. {@link #before} returns the state just before an event — catching up
 * through the history source over a gap — or null for a repeat (a version already applied).
 *
 * @param <S> the per-ticket state
 */
public final class Sequencer<S extends Sequencer.Tracked> {
  /** A per-ticket state that records the last version applied to it. */
  public abstract static class Tracked {
    /** The last version applied (0 before the first event). */
    public long version;
  }

  private final HashMap<TicketId, S> states = new HashMap<>(1 << 12);
  private final HistorySource history;
  private final Function<TicketId, S> create;
  private final BiConsumer<S, TicketEvent> advance;
  private final String who;

  /**
   * @param history where to look back; {@link HistorySource#none()} for none
   * @param create makes the state of a new ticket
   * @param advance applies an event to a state (without counting it); must set nothing but state
   * @param who the scorer's name for messages
   */
  public Sequencer(HistorySource history, Function<TicketId, S> create, BiConsumer<S, TicketEvent> advance, String who) {
    this.history = history;
    this.create = create;
    this.advance = advance;
    this.who = who;
  }

  /** The number of tickets followed. */
  public int size() {
    return states.size();
  }

  /** The state of a ticket, or null when not followed. */
  public S get(TicketId id) {
    return states.get(id);
  }

  /**
   * The state just before {@code event}: a new state for a version-1 event of a new ticket, the
   * state caught up through the history source over a gap, or null when the event's version was
   * already applied (a repeat, to be ignored).
   *
   * @throws UnknownTicketException when earlier versions are missing and the history lacks them
   */
  public S before(TicketEvent event) {
    TicketId id = event.ticketId();
    long v = event.version();
    S s = states.get(id);
    if (s != null) {
      if (v <= s.version) {
        return null;
      }
      if (v == s.version + 1) {
        return s;
      }
    } else if (v == 1) {
      s = create.apply(id);
      states.put(id, s);
      return s;
    }
    long have = s == null ? 0 : s.version;
    List<TicketEvent> log = earlierEvents(who, history, event, s != null, have);
    S caught = s == null ? create.apply(id) : s;
    for (long k = have + 1; k < v; k++) {
      advance.accept(caught, log.get((int) (k - 1)));
      caught.version = k;
    }
    if (s == null) {
      states.put(id, caught);
    }
    return caught;
  }

  /** Records that {@code event} has been applied to {@code state}. */
  public void applied(S state, TicketEvent event) {
    advance.accept(state, event);
    state.version = event.version();
  }
  /**
   * The events of {@code event}'s ticket before it, from {@code history}, checked: the scorer
   * {@code who} has followed the ticket up to version {@code have} ({@code seen} false: never) and
   * must catch up to the event's version.
   *
   * @throws UnknownTicketException when the history lacks the earlier versions
   * @throws InvalidInputException when the history returns them out of order or for another ticket
   */
  public static List<TicketEvent> earlierEvents(String who, HistorySource history, TicketEvent event, boolean seen,
      long have) {
    TicketId id = event.ticketId();
    long v = event.version();
    List<TicketEvent> log = history.events(id);
    if (log == null || log.size() < v - 1) {
      throw new UnknownTicketException(seen ? "event.version" : "event.ticketId", seen ? Long.toString(v) : id.value(),
          who + " has " + (seen ? "seen ticket " + id + " up to version " + have : "never seen ticket " + id)
              + " and cannot follow its event v" + v + " (" + event.type() + ")"
              + (history == HistorySource.none() ? ": it has no history source; feed every ticket's events in version order "
                  + "from version 1, or give the scorer a history source such as the ticket store"
                  : ": the history source holds only " + (log == null ? 0 : log.size()) + " of its events"));
    }
    for (long k = have + 1; k < v; k++) {
      TicketEvent earlier = log.get((int) (k - 1));
      if (earlier == null || !earlier.ticketId().equals(id) || earlier.version() != k) {
        throw new InvalidInputException("history[" + (k - 1) + "]", earlier == null ? "null" : earlier.ticketId() + " v" + earlier.version(),
            "the history source must return ticket " + id + "'s events in version order from version 1");
      }
    }
    return log;
  }
}
