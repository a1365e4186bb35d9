/**
 * Points, assessment and ranking (积分、考核、排名): what the month's ticket events add up to.
 *
 * <ul>
 *   <li>{@link org.gridgov.scoring.PointsRules} — points per matter type and outcome, caps and
 *       penalties, as data (JSON or builder), checked against a matter catalogue;
 *       {@link org.gridgov.scoring.PointsLedger} — the append-only ledger (积分台账) per person
 *       with compensating entries for appeals and reversals; {@link org.gridgov.scoring.PointsAwarder}
 *       turns ticket events into ledger entries, at most once per ticket, outcome and person;</li>
 *   <li>{@link org.gridgov.scoring.IndicatorAccumulator} — one pass over ticket events into
 *       {@link org.gridgov.scoring.Indicators} (考核指标) per department, grid (rolled up the tree)
 *       and command-centre dispatcher for a {@link org.gridgov.scoring.ScoringPeriod}; indicators
 *       merge (a monoid), so shards can be scored apart and combined;</li>
 *   <li>{@link org.gridgov.scoring.CompositeWeights} — composite scores per role with weights
 *       adding up to 100 %; {@link org.gridgov.scoring.Ranking} — ranks with ties and month-on-month
 *       movement;</li>
 *   <li>{@link org.gridgov.scoring.MonthlyBriefing} — the monthly briefing (月度通报): overdue
 *       tickets by department (超期工单通报), bottom-N warnings (末位预警) and top performers, as
 *       data and as Markdown;</li>
 *   <li>{@link org.gridgov.scoring.Accountability} — who answers for an overdue or reworked
 *       ticket and how far it has gone (催办 → 督办 → 通报 → 问责), with the events as evidence;</li>
 *   <li>{@link org.gridgov.scoring.VisitDuty} and {@link org.gridgov.scoring.WorkerAssessment} —
 *       home-visit duty (入户走访) and the grid worker's monthly assessment.</li>
 * </ul>
 *
 * <p>Scoring reads ticket events and never changes them. Every figure is a count, traceable to
 * the ticket events behind it; rates are derived from counts with the formulas in
 * {@code docs/scoring.md}. Implementation details live in {@code org.gridgov.scoring.internal}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    depluralize = true,
    privateNoargConstructor = false)
package org.gridgov.scoring;

import org.gridgov.core.MissingValueException;
import org.immutables.value.Value;
