package org.gridgov.examples.month;

/** Hears how far a long step has come (进度), for a progress bar; the step never waits for it. */
@FunctionalInterface
public interface Progress {
  /** Nothing to report. */
  Progress NONE = (done, total) -> { };

  /** {@code done} of {@code total} units are done. */
  void at(long done, long total);
}
