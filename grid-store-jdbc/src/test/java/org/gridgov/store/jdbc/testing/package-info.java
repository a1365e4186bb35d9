/**
 * Test fixtures of the PostgreSQL store, published in the test-jar for the benchmarks:
 * {@link org.gridgov.store.jdbc.testing.EmbeddedDatabase}, a real PostgreSQL started by the tests.
 */
package org.gridgov.store.jdbc.testing;
