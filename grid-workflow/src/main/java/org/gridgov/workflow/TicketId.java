package org.gridgov.workflow;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * The identity of a ticket (工单编号): 1 to 64 characters from {@code A–Z a–z 0–9 . _ : -}. Ids
 * are chosen by the caller (an external hotline number, say) or made by {@link #newId(Instant)},
 * which needs no counter: it is a time-ordered random id (UUID version 7 layout), so many service
 * instances can create tickets without talking to each other and a database index stays
 * append-mostly.
 */
public final class TicketId implements Comparable<TicketId> {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  private TicketId(String value) {
    this.value = value;
  }

  /**
   * The id with this text.
   *
   * @throws InvalidInputException naming the first bad character, or when empty or too long
   */
  public static TicketId of(String value) {
    if (value == null) {
      throw new MissingValueException("ticketId");
    }
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new InvalidInputException("ticketId", value, "must have 1 to " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == ':';
      if (!ok) {
        throw new InvalidInputException("ticketId", value,
            "character " + (i + 1) + " must be a letter, a digit or one of . _ : -");
      }
    }
    return new TicketId(value);
  }

  /**
   * A new time-ordered random id for a ticket created at {@code now}: the UUID version 7 layout
   * (48 bits of milliseconds, then random bits), written in the usual 36-character form.
   */
  public static TicketId newId(Instant now) {
    if (now == null) {
      throw new MissingValueException("now");
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long millis = now.toEpochMilli();
    long msb = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new TicketId(new java.util.UUID(msb, lsb).toString());
  }

  /** The id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TicketId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof TicketId && ((TicketId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
