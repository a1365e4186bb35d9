package org.gridgov.core;

/**
 * A staff member holding a role in a grid (定人定岗定责).
 *
 * @param staffId the staff member
 * @param role the role's id
 * @param grid the grid
 */
public record StaffAssignment(String staffId, String role, GridCode grid) {
  public StaffAssignment {
    if (staffId == null || role == null || grid == null) {
      throw new MissingValueException(staffId == null ? "staffId" : role == null ? "role" : "grid");
    }
  }
}
