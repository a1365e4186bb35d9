package org.gridgov.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.workflow.TicketId;

/**
 * An immutable evidence log with the tables its indexes refer to: ticket ids and dispatcher ids.
 * Merging appends the other log's rows with their indexes remapped.
 */
public final class EvidenceTable {
  private final TicketId[] tickets;
  private final String[] dispatchers;
  private final EvidenceLog log;
  private volatile List<Row> canonical;

  /** One counted fact, in comparable form. */
  public record Row(TicketId ticket, long version, int indicator, int grid, int department, String dispatcher) {}

  private static final Comparator<Row> ORDER = Comparator.comparing(Row::ticket).thenComparingLong(Row::version)
      .thenComparingInt(Row::indicator).thenComparingInt(Row::grid).thenComparingInt(Row::department)
      .thenComparing(r -> r.dispatcher() == null ? "" : r.dispatcher());

  public EvidenceTable(TicketId[] tickets, String[] dispatchers, EvidenceLog log) {
    this.tickets = tickets;
    this.dispatchers = dispatchers;
    this.log = log;
  }

  public static EvidenceTable empty() {
    return new EvidenceTable(new TicketId[0], new String[0], new EvidenceLog(0));
  }

  /** The number of rows. */
  public int size() {
    return log.size;
  }

  /** This table's rows followed by {@code o}'s. */
  public EvidenceTable merge(EvidenceTable o) {
    Map<TicketId, Integer> t = new HashMap<>(tickets.length + o.tickets.length);
    List<TicketId> tl = new ArrayList<>(Arrays.asList(tickets));
    for (int i = 0; i < tickets.length; i++) {
      t.put(tickets[i], i);
    }
    int[] tmap = new int[o.tickets.length];
    for (int i = 0; i < o.tickets.length; i++) {
      Integer at = t.get(o.tickets[i]);
      if (at == null) {
        at = tl.size();
        tl.add(o.tickets[i]);
        t.put(o.tickets[i], at);
      }
      tmap[i] = at;
    }
    Map<String, Integer> d = new HashMap<>();
    List<String> dl = new ArrayList<>(Arrays.asList(dispatchers));
    for (int i = 0; i < dispatchers.length; i++) {
      d.put(dispatchers[i], i);
    }
    int[] dmap = new int[o.dispatchers.length];
    for (int i = 0; i < o.dispatchers.length; i++) {
      Integer at = d.get(o.dispatchers[i]);
      if (at == null) {
        at = dl.size();
        dl.add(o.dispatchers[i]);
        d.put(o.dispatchers[i], at);
      }
      dmap[i] = at;
    }
    EvidenceLog out = new EvidenceLog(log.size + o.log.size);
    for (int r = 0; r < log.size; r++) {
      out.add(log.ticket[r], log.version[r], log.indicator[r], log.grid[r], log.department[r], log.dispatcher[r]);
    }
    for (int r = 0; r < o.log.size; r++) {
      int x = o.log.dispatcher[r];
      out.add(tmap[o.log.ticket[r]], o.log.version[r], o.log.indicator[r], o.log.grid[r], o.log.department[r], x < 0 ? -1 : dmap[x]);
    }
    return new EvidenceTable(tl.toArray(new TicketId[0]), dl.toArray(new String[0]), out);
  }

  /** The rows of {@code indicator} counted for a grid whose ordinal lies in {@code [from, to)}. */
  public List<Row> grid(int indicator, int from, int to) {
    List<Row> out = new ArrayList<>();
    for (int r = 0; r < log.size; r++) {
      int g = log.grid[r];
      if (log.indicator[r] == indicator && g >= from && g < to) {
        out.add(row(r));
      }
    }
    return out;
  }

  /** The rows of {@code indicator} counted for a department. */
  public List<Row> department(int indicator, int department) {
    List<Row> out = new ArrayList<>();
    for (int r = 0; r < log.size; r++) {
      if (log.indicator[r] == indicator && log.department[r] == department) {
        out.add(row(r));
      }
    }
    return out;
  }

  /** The rows of {@code indicator} counted for a dispatcher. */
  public List<Row> dispatcher(int indicator, String id) {
    int x = Arrays.asList(dispatchers).indexOf(id);
    List<Row> out = new ArrayList<>();
    if (x < 0) {
      return out;
    }
    for (int r = 0; r < log.size; r++) {
      if (log.indicator[r] == indicator && log.dispatcher[r] == x) {
        out.add(row(r));
      }
    }
    return out;
  }

  private Row row(int r) {
    int x = log.dispatcher[r];
    return new Row(tickets[log.ticket[r]], log.version[r], log.indicator[r], log.grid[r], log.department[r], x < 0 ? null : dispatchers[x]);
  }

  /** Every row, sorted: the form two tables are compared in. */
  public List<Row> canonical() {
    List<Row> c = canonical;
    if (c == null) {
      List<Row> all = new ArrayList<>(log.size);
      for (int r = 0; r < log.size; r++) {
        all.add(row(r));
      }
      all.sort(ORDER);
      c = Collections.unmodifiableList(all);
      canonical = c;
    }
    return c;
  }
}
