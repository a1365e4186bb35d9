package org.gridgov.workflow;

/** Who reported a ticket (上报人类型). */
public enum ReporterKind {
  /** A grid worker or other grid staff. */
  GRID_STAFF,
  /** A resident. */
  RESIDENT,
  /** An anonymous report. */
  ANONYMOUS,
  /** A device or system: a video patrol, a smart wristband. */
  DEVICE
}
