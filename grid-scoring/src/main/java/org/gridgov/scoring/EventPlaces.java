package org.gridgov.scoring;

import java.util.Arrays;
import java.util.HashMap;
import org.gridgov.core.GridCode;
import org.gridgov.core.NotFoundException;
import org.gridgov.scoring.internal.Frame;
import org.gridgov.workflow.TicketEvent;

/**
 * Where an event's counts go in an accumulator's tables (事件归属): its grid's ordinal and its
 * department's index. The last codes and department ids looked up are remembered by identity —
 * events of one ticket share their grid code and department instances — so most lookups are one
 * comparison; the rest ask a hash map, then the frame.
 */
final class EventPlaces {
  private static final int GRID_CACHE = 1 << 10;
  private static final int DEPARTMENT_CACHE = 1 << 6;

  private final Frame frame;
  private final HashMap<GridCode, Integer> gridCache = new HashMap<>();
  private final GridCode[] gridKeys = new GridCode[GRID_CACHE];
  private final int[] gridValues = new int[GRID_CACHE];
  private final String[] departmentKeys = new String[DEPARTMENT_CACHE];
  private final int[] departmentValues = new int[DEPARTMENT_CACHE];

  EventPlaces(Frame frame) {
    this.frame = frame;
  }

  /** The grid's ordinal in the frame. */
  int grid(GridCode code) {
    int slot = System.identityHashCode(code) & (GRID_CACHE - 1);
    if (gridKeys[slot] == code) {
      return gridValues[slot];
    }
    Integer o = gridCache.get(code);
    if (o == null) {
      int at = frame.grid(code);
      if (at < 0) {
        throw new NotFoundException("event.grid", code.value(), "no grid of the scorer's tree has this code");
      }
      o = at;
      gridCache.put(code, o);
    }
    gridKeys[slot] = code;
    gridValues[slot] = o;
    return o;
  }

  /** The index of the department the event's counts go to, or -1. */
  int department(TicketEvent e) {
    String id = EventParties.namedDepartment(e);
    if (id == null) {
      return -1;
    }
    int slot = System.identityHashCode(id) & (DEPARTMENT_CACHE - 1);
    if (departmentKeys[slot] == id) {
      return departmentValues[slot];
    }
    int d = frame.department(id);
    if (d >= 0) {
      departmentKeys[slot] = id;
      departmentValues[slot] = d;
    }
    if (d < 0) {
      throw new NotFoundException("event.department", id, "not a department of the scorer's matter catalogue "
          + Arrays.toString(frame.departments) + " (event " + e.ticketId() + " v" + e.version() + ")");
    }
    return d;
  }
}
