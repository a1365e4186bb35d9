/**
 * Service-provider interfaces of the workflow (扩展接口): {@link org.gridgov.workflow.spi.TicketStore}
 * (the append-only event log keyed by ticket id and version, one relational table in production)
 * with its embedded default {@link org.gridgov.workflow.spi.InMemoryTicketStore}, and
 * {@link org.gridgov.workflow.spi.TicketListener} (events out to Kafka, a database, a read model).
 */
package org.gridgov.workflow.spi;
