/**
 * Shared test fixtures of grid-scoring, published in its test-jar: {@link org.gridgov.scoring.testing.SimWorld}
 * (a place with principals for every role), {@link org.gridgov.scoring.testing.TicketSimulation}
 * (drives the real {@link org.gridgov.workflow.TicketService} with a stream of choices, so every
 * event stream is one the workflow really produces), {@link org.gridgov.scoring.testing.Choices}
 * and the QuickTheories generators in {@link org.gridgov.scoring.testing.ScoringGenerators}.
 */
package org.gridgov.scoring.testing;
