/**
 * GridGov on PostgreSQL (PostgreSQL存储): tickets, points and grids in one database shared by every
 * service instance. The API is the package {@code org.gridgov.store.jdbc};
 * {@code org.gridgov.store.jdbc.internal} is implementation and is not exported.
 */
@SuppressWarnings("requires-automatic")
module org.gridgov.store.jdbc {
  requires transitive org.gridgov.core;
  requires transitive org.gridgov.geo;
  requires transitive org.gridgov.workflow;
  requires transitive org.gridgov.scoring;
  requires java.sql;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires org.jdbi.v3.core;
  requires org.jdbi.v3.postgres;
  requires org.postgresql.jdbc;
  requires com.zaxxer.hikari;
  requires flyway.core;

  exports org.gridgov.store.jdbc;

  // Flyway reads the migrations from the class path of this module
  opens org.gridgov.store.jdbc.internal.migration to flyway.core;
}
