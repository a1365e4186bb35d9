/**
 * Where the points ledger keeps its entries (积分台账存储接口): {@link org.gridgov.scoring.spi.PointsStore}
 * with its embedded default {@link org.gridgov.scoring.spi.InMemoryPointsStore}. The ledger's rules
 * (checks, caps, once per source and outcome, compensations) stay in
 * {@link org.gridgov.scoring.PointsLedger}; a store gives it atomic units per person and the reads.
 * A PostgreSQL store lives in the module grid-store-jdbc.
 */
package org.gridgov.scoring.spi;
