/**
 * The PostgreSQL implementation (实现): jdbi statements, the Flyway migrations (resources in this
 * package's {@code migration} folder), the error translation and instant conversions. Not exported.
 */
package org.gridgov.store.jdbc.internal;
