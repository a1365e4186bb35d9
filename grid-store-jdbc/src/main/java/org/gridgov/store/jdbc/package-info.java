/**
 * GridGov on PostgreSQL (PostgreSQL存储): {@link org.gridgov.store.jdbc.JdbcStores} connects, migrates
 * the schema and hands out the ticket store (an implementation of
 * {@link org.gridgov.workflow.spi.TicketStore}), the points ledger's store (of
 * {@link org.gridgov.scoring.spi.PointsStore}), the {@link org.gridgov.store.jdbc.GridRegistry} and
 * the listeners' {@link org.gridgov.store.jdbc.OutboxRelay}s. Failures are GridGov's typed errors;
 * a database out of reach is a {@link org.gridgov.store.jdbc.StoreUnavailableException}. The
 * implementation is in {@code org.gridgov.store.jdbc.internal}.
 */
package org.gridgov.store.jdbc;
