package org.gridgov.scoring;

import org.gridgov.scoring.spi.InMemoryPointsStore;
import org.gridgov.scoring.spi.PointsStore;
import org.gridgov.scoring.testing.PointsLedgerContract;

/** The ledger's rules and properties on the in-memory store. */
class PointsLedgerTest extends PointsLedgerContract {
  @Override
  protected PointsStore newStore() {
    return new InMemoryPointsStore();
  }
}
