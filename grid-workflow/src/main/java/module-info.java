/**
 * GridGov workflow (事件闭环): workflow definitions as data, tickets as replays of their events,
 * working-time deadlines, dispatch, escalation and supervision. The API is the package
 * {@code org.gridgov.workflow} and the service-provider interfaces in {@code org.gridgov.workflow.spi};
 * {@code org.gridgov.workflow.internal} is implementation and is not exported.
 */
module org.gridgov.workflow {
  requires transitive org.gridgov.core;
  requires org.slf4j;
  requires com.google.common; // the generated value types hold Guava collections
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value;
  requires static java.compiler;

  exports org.gridgov.workflow;
  exports org.gridgov.workflow.spi;

  opens org.gridgov.workflow to com.fasterxml.jackson.databind, org.hibernate.validator;
}
