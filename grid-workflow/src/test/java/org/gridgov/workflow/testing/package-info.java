/**
 * Shared test fixtures of the workflow, published in the test-jar for other modules (grid-scoring
 * generates its event streams with these): {@link org.gridgov.workflow.testing.WorkflowWorld} (a
 * small district with principals, a catalogue and department units),
 * {@link org.gridgov.workflow.testing.MutableClock}, the QuickTheories generators in
 * {@link org.gridgov.workflow.testing.WorkflowGenerators}, and the abstract
 * {@link org.gridgov.workflow.testing.TicketStoreContract} every store implementation must pass.
 */
package org.gridgov.workflow.testing;
