package org.gridgov.workflow;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;
import org.immutables.value.Value;

/**
 * A request to move a ticket (操作指令): the command name of a transition of the ticket's
 * definition, the acting principal, and the arguments the transition needs. The service checks it
 * against the definition, the current state, the actor's role and grid scope and, when
 * {@link #expectedVersion()} is given, the ticket's version; an illegal or unauthorised command
 * throws and changes nothing.
 *
 * <p>For the shipped definitions build commands with {@link Commands}, one factory per command
 * with the arguments its transition needs ({@code Commands.verify(ticket, actor, true)}), and add
 * the optional extras with the {@code with…} copies ({@code .withComment("…")},
 * {@code .withExpectedVersion(3)}). A definition of your own names its commands as data:
 * {@link #of(TicketId, String, Principal)} or {@link #on(TicketId, String, Principal)}; a name the
 * ticket's definition lacks is refused with an {@link IllegalCommandException} listing the commands
 * its current state allows.
 */
@Value.Immutable
public abstract class Command implements WithCommand {
  /** The ticket. */
  public abstract TicketId ticket();

  /** The command, for example {@code dispatch}, {@code verify}, {@code rate}. */
  public abstract String command();

  /** Who acts. */
  public abstract Principal actor();

  /** The version the caller saw; a different current version is a conflict. */
  public abstract OptionalLong expectedVersion();

  /** The reason code, for transitions that take one. */
  public abstract Optional<String> reason();

  /** A free-text note. */
  public abstract Optional<String> comment();

  /** The department to dispatch to (smart dispatch chooses when absent). */
  public abstract Optional<String> department();

  /**
   * The departments assisting the one dispatched to (联合处置: 协同单位), in order; when empty, smart
   * dispatch of a ticket handled jointly takes them from the place's {@link org.gridgov.core.GridFusion}.
   */
  public abstract List<String> assisting();

  /** The limit of a promise (承诺) or the length of an extension (延期). */
  public abstract Optional<TimeLimit> limit();

  /** The result of a verification (核查). */
  public abstract Optional<Boolean> passed();

  /** The resident's rating (满意度). */
  public abstract Optional<Satisfaction> satisfaction();

  /** The departments an escalation summons (吹哨); the owning department when empty and the ticket has none. */
  public abstract List<String> summon();

  /** The ticket a rejected duplicate duplicates. */
  public abstract Optional<TicketId> duplicateOf();

  /** A command with no arguments. */
  public static Command of(TicketId ticket, String command, Principal actor) {
    return builder().ticket(ticket).command(command).actor(actor).build();
  }

  /** A builder for a command on {@code ticket}. */
  public static Builder on(TicketId ticket, String command, Principal actor) {
    Builder b = builder();
    b.ticket(ticket).command(command).actor(actor);
    return b;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Command}. */
  public static class Builder extends ImmutableCommand.Builder {}
}
