package org.gridgov.scoring;

import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * Who or what a figure, score or rank belongs to (考核对象): a kind and an id (a department id,
 * a grid code's digits, a principal id or a staff id). Ordered by kind, then id.
 *
 * @param kind department, grid, dispatcher or worker
 * @param id the department id, grid code, principal id or staff id
 */
public record Subject(SubjectKind kind, String id) implements Comparable<Subject> {
  public Subject {
    if (kind == null) {
      throw new MissingValueException("subject.kind");
    }
    if (id == null) {
      throw new MissingValueException("subject.id");
    }
    if (id.isBlank()) {
      throw new InvalidInputException("subject.id", id, "must not be blank");
    }
  }

  /** A department. */
  public static Subject department(String id) {
    return new Subject(SubjectKind.DEPARTMENT, id);
  }

  /** A grid. */
  public static Subject grid(GridCode code) {
    if (code == null) {
      throw new MissingValueException("subject.grid");
    }
    return new Subject(SubjectKind.GRID, code.value());
  }

  /** A command-centre dispatcher. */
  public static Subject dispatcher(String principalId) {
    return new Subject(SubjectKind.DISPATCHER, principalId);
  }

  /** A grid worker. */
  public static Subject worker(String staffId) {
    return new Subject(SubjectKind.WORKER, staffId);
  }

  @Override
  public int compareTo(Subject o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
