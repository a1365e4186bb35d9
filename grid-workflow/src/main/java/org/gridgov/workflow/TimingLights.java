package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import org.gridgov.core.MissingValueException;

/**
 * The open tickets by timing light at one instant (红黄绿灯一览), as the {@link TimingBoard} scan
 * found them.
 *
 * @param at the instant
 * @param green the tickets with less than 80 % of their limit used
 * @param yellow the tickets with 80 % to 100 % used
 * @param red the overdue tickets
 */
public record TimingLights(Instant at, List<TicketId> green, List<TicketId> yellow, List<TicketId> red) {
  public TimingLights {
    if (at == null || green == null || yellow == null || red == null) {
      throw new MissingValueException("timingLights");
    }
  }

  /** The tickets with this light. */
  public List<TicketId> with(TimingLight light) {
    switch (light) {
      case GREEN:
        return green;
      case YELLOW:
        return yellow;
      default:
        return red;
    }
  }

  /** The number of tickets with this light. */
  public int count(TimingLight light) {
    return with(light).size();
  }

  /** The number of open tickets scanned. */
  public int total() {
    return green.size() + yellow.size() + red.size();
  }

  @Override
  public String toString() {
    return "TimingLights[" + at + ": " + green.size() + " green, " + yellow.size() + " yellow, " + red.size() + " red]";
  }
}
