package org.gridgov.examples.month;

import java.time.Instant;
import java.util.Optional;

/**
 * Something the month's event loop runs besides the reports and their tickets (旁支事件): a one-key
 * call for help, a need of the volunteer supermarket. It acts at the instant given and says when to
 * act again, or empty once it is over.
 */
@FunctionalInterface
interface Happening {
  Optional<Instant> act(Instant now);
}
