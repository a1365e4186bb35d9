/**
 * A district's month, simulated and scored (月度仿真与考核): {@link org.gridgov.examples.month.District}
 * (a grid tree with WGS-84 boundaries, police grids mapped onto it, a catalogue and a roster),
 * {@link org.gridgov.examples.month.DemoDistrict} (the real boundary of 呈贡区 split by the tiling
 * generator into Taibaihu's scheme), {@link org.gridgov.examples.month.GridFiles} (a district from
 * the user's files), {@link org.gridgov.examples.month.MonthSimulation} (a seeded month of reports
 * carried through the standard closed loop by the real ticket service),
 * {@link org.gridgov.examples.month.EventLog} (the log file between simulating and reporting) and
 * {@link org.gridgov.examples.month.MonthScores} (the month fed to grid-scoring).
 */
package org.gridgov.examples.month;
