package org.gridgov.scoring.internal;

import java.util.Arrays;

/**
 * The facts behind the counts, one row per (event, indicator) counted: the ticket's index in a
 * ticket table, the event's version, the indicator, and the grid, department and dispatcher it
 * counted for (-1 where it did not). Columnar primitive arrays: about 21 bytes a row.
 */
public final class EvidenceLog {
  public int size;
  public int[] ticket;
  public int[] version;
  public byte[] indicator;
  public int[] grid;
  public int[] department;
  public int[] dispatcher;

  public EvidenceLog(int capacity) {
    int c = Math.max(16, capacity);
    ticket = new int[c];
    version = new int[c];
    indicator = new byte[c];
    grid = new int[c];
    department = new int[c];
    dispatcher = new int[c];
  }

  /** Appends a row. */
  /** The bytes of the arrays (for memory figures). */
  public long bytes() {
    return 6L * 16 + 4L * ticket.length + 4L * version.length + indicator.length + 4L * grid.length
        + 4L * department.length + 4L * dispatcher.length;
  }

  public void add(int ticketIndex, int ver, int ind, int gridOrdinal, int dept, int disp) {
    if (size == ticket.length) {
      int c = size + (size >> 1) + 16;
      ticket = Arrays.copyOf(ticket, c);
      version = Arrays.copyOf(version, c);
      indicator = Arrays.copyOf(indicator, c);
      grid = Arrays.copyOf(grid, c);
      department = Arrays.copyOf(department, c);
      dispatcher = Arrays.copyOf(dispatcher, c);
    }
    ticket[size] = ticketIndex;
    version[size] = ver;
    indicator[size] = (byte) ind;
    grid[size] = gridOrdinal;
    department[size] = dept;
    dispatcher[size] = disp;
    size++;
  }

  /** A trimmed copy. */
  public EvidenceLog copy() {
    EvidenceLog c = new EvidenceLog(0);
    c.size = size;
    c.ticket = Arrays.copyOf(ticket, size);
    c.version = Arrays.copyOf(version, size);
    c.indicator = Arrays.copyOf(indicator, size);
    c.grid = Arrays.copyOf(grid, size);
    c.department = Arrays.copyOf(department, size);
    c.dispatcher = Arrays.copyOf(dispatcher, size);
    return c;
  }
}
