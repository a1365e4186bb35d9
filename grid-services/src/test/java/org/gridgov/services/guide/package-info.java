/**
 * The samples of {@code docs/services.md}, each a {@code // snippet:} region here, written against
 * the public API only (this package is outside {@code org.gridgov.services}).
 */
package org.gridgov.services.guide;
