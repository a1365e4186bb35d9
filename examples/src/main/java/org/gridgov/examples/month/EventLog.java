package org.gridgov.examples.month;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventJson;
import org.gridgov.workflow.TicketId;

/**
 * The event log file (事件日志) that {@code gridgov simulate} writes and {@code gridgov report}
 * reads: UTF-8, one event a line in grid-workflow's JSON form ({@link TicketEventJson#toJson}, the
 * reporter's phone masked), in the order they were appended, so every ticket's events come in
 * version order.
 */
public final class EventLog {
  private EventLog() {}

  /** Writes the events, one JSON object a line. */
  public static void write(List<TicketEvent> events, Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (TicketEvent e : events) {
        out.write(TicketEventJson.toJson(e));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Reads a log; blank lines are skipped.
   *
   * @throws NotFoundException when the file does not exist
   * @throws InvalidInputException naming the line when an event cannot be read or a ticket's
   *     versions do not follow 1, 2, 3, …
   */
  public static List<TicketEvent> read(Path file) {
    List<TicketEvent> out = new ArrayList<>();
    Map<TicketId, Long> versions = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        TicketEvent e;
        try {
          e = TicketEventJson.fromJson(line);
        } catch (GridGovException bad) {
          throw new InvalidInputException(file + " line " + n, abbreviate(line), bad.getMessage());
        }
        long expected = versions.getOrDefault(e.ticketId(), 0L) + 1;
        if (e.version() != expected) {
          throw new InvalidInputException(file + " line " + n, e.ticketId() + " version " + e.version(),
              "each ticket's events must come in version order from 1; expected version " + expected);
        }
        versions.put(e.ticketId(), expected);
        out.add(e);
      }
    } catch (NoSuchFileException e) {
      throw new NotFoundException("events", file.toString(), "no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidInputException("events", file.toString(), "must be UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
