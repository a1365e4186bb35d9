package org.gridgov.core;

import java.util.Optional;

/**
 * One way a grid breaks a staffing rule (配备不达标).
 *
 * @param grid the grid
 * @param rule the rule's id
 * @param kind what is wrong
 * @param role the role concerned, for role requirements
 * @param reason the reason in words, naming expected and actual figures
 */
public record StaffingViolation(GridCode grid, String rule, Kind kind, Optional<String> role, String reason) {
  /** What is wrong. */
  public enum Kind {
    /** Fewer people hold the role than required. */
    TOO_FEW,
    /** More people hold the role than allowed. */
    TOO_MANY,
    /** A person holding an exclusive role also holds it in another grid (一格一员). */
    SHARED_WITH_ANOTHER_GRID,
    /** The grid has party members but no party organisation. */
    PARTY_ORGANISATION_MISSING,
    /** The grid's party organisation does not match its number of party members. */
    PARTY_ORGANISATION_WRONG_TYPE
  }
}
