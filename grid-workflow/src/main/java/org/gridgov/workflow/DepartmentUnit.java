package org.gridgov.workflow;

import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * A department's unit responsible for a part of the grid tree (部门属地单位), for example the urban
 * management squad (城管中队) of a street: it handles the department's tickets in every grid under
 * its jurisdiction that no nearer unit covers.
 *
 * @param department the department's id in the matter catalogue
 * @param id the unit's id
 * @param name the unit's name
 * @param jurisdiction the root of the subtree it is responsible for
 */
public record DepartmentUnit(String department, String id, String name, GridCode jurisdiction) {
  public DepartmentUnit {
    if (department == null) {
      throw new MissingValueException("unit.department");
    }
    if (id == null) {
      throw new MissingValueException("unit.id");
    }
    if (name == null) {
      throw new MissingValueException("unit.name");
    }
    if (jurisdiction == null) {
      throw new MissingValueException("unit.jurisdiction");
    }
    if (id.isBlank()) {
      throw new InvalidInputException("unit.id", id, "must not be blank");
    }
  }
}
