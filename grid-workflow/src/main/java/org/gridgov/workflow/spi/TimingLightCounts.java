package org.gridgov.workflow.spi;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.TimingLight;

/**
 * How many open tickets show each timing light at one instant (红黄绿灯统计): what a board's
 * header shows, counted by the store ({@link TicketStore#countLights}) without listing the tickets.
 *
 * @param at the instant
 * @param green open tickets with less than 80 % of their limit used (or no clock)
 * @param yellow open tickets with 80 % to 100 % used
 * @param red overdue open tickets
 */
public record TimingLightCounts(Instant at, long green, long yellow, long red) {
  public TimingLightCounts {
    if (at == null) {
      throw new MissingValueException("at");
    }
    if (green < 0 || yellow < 0 || red < 0) {
      throw new InvalidInputException("counts", green + "/" + yellow + "/" + red, "counts are not negative");
    }
  }

  /** The count of one light. */
  public long count(TimingLight light) {
    if (light == null) {
      throw new MissingValueException("light");
    }
    switch (light) {
      case GREEN:
        return green;
      case YELLOW:
        return yellow;
      default:
        return red;
    }
  }

  /** All open tickets counted. */
  public long total() {
    return green + yellow + red;
  }
}
