/**
 * GridGov scoring (积分、考核、排名): the points ledger, indicators, composite scores, rankings and
 * the monthly briefing. The API is the package {@code org.gridgov.scoring} and the ledger's storage SPI
 * {@code org.gridgov.scoring.spi};
 * {@code org.gridgov.scoring.internal} is implementation and is not exported.
 */
module org.gridgov.scoring {
  requires transitive org.gridgov.core;
  requires transitive org.gridgov.workflow;
  requires com.google.common; // the generated value types hold Guava collections
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value;
  requires static java.compiler;

  exports org.gridgov.scoring;
  exports org.gridgov.scoring.spi;

  opens org.gridgov.scoring to com.fasterxml.jackson.databind, org.hibernate.validator;
}
