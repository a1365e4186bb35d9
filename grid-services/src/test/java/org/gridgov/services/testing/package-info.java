/**
 * Shared test fixtures of the residents' services, published in the test-jar: the QuickTheories
 * generators of volunteers and needs ({@link org.gridgov.services.testing.ServicesGenerators}) on
 * grid-workflow's {@link org.gridgov.workflow.testing.WorkflowWorld}.
 */
package org.gridgov.services.testing;
