package org.gridgov.examples.month;

import java.util.List;
import org.gridgov.core.GridCode;

/**
 * A need of the month's three lists matched with one key (一键匹配) in the volunteer supermarket.
 *
 * @param need the need's id on the lists
 * @param grid its basic grid
 * @param title what it is
 * @param volunteers the volunteers assigned, best first
 * @param why the first reasons of the best one (skills, steps in the grid tree)
 */
public record VolunteerMatch(String need, GridCode grid, String title, List<String> volunteers, String why) {
  public VolunteerMatch {
    volunteers = List.copyOf(volunteers);
  }
}
