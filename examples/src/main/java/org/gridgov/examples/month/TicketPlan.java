package org.gridgov.examples.month;

import java.util.SplittableRandom;

/**
 * What will happen to one simulated ticket (工单剧本), drawn when it is reported: whether it is
 * rejected or withdrawn, returned once by the first department (退回), whistled up (吹哨) with a
 * late report-in or handled at the community's level, reworked after a failed verification
 * (返工), reopened after a dissatisfied rating (重办), extended (延期) or suspended (挂账), and how
 * fast it is handled: {@code pace} is the share of the matter's time limit the handling takes, so
 * above 1 it ends overdue (超期) unless an extension saves it.
 *
 * @param pace the handling time as a share of the time limit (lognormal, median about 0.45,
 *     slowed by the department's and the grid's factors)
 */
record TicketPlan(boolean reject, boolean duplicate, boolean withdraw, boolean returnOnce, boolean whistle,
    boolean lateReportIn, boolean handleAtLevel, boolean rework, boolean dissatisfied, boolean extension,
    boolean suspend, double pace) {

  /** Draws a plan; {@code slowness} multiplies the pace (the department's and the grid's factors). */
  static TicketPlan draw(SplittableRandom r, double slowness) {
    boolean reject = r.nextDouble() < 0.03;
    boolean whistle = r.nextDouble() < 0.04;
    double pace = Math.exp(Math.log(0.45) + 0.45 * gaussian(r)) * slowness;
    return new TicketPlan(reject, r.nextDouble() < 0.65, !reject && r.nextDouble() < 0.01,
        r.nextDouble() < 0.06, whistle, whistle && r.nextDouble() < 0.3, whistle && r.nextDouble() < 0.4,
        r.nextDouble() < 0.06, r.nextDouble() < 0.03, r.nextDouble() < 0.04, r.nextDouble() < 0.01, pace);
  }

  /** A standard normal number (Box–Muller), from the seeded source only. */
  static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
