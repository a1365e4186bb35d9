package org.gridgov.workflow;

import java.util.Optional;
import org.gridgov.core.Datum;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.SpecialGroup;
import org.immutables.value.Value;

/**
 * A one-key call for help (一键求助) from a person of a special group: a smart wristband or an
 * elderly-care phone (智能手环、老人关爱手机, article 002: "为“一老一少”“鳏寡孤独”等特殊人群配发智能手环 …
 * 遇到困难可一键求助") sends its device id, the wearer's special group and where it is, in the
 * coordinate system it fixes points in (GCJ-02 for most phone map kits). The caller's phone number
 * is personal data: {@link #toString()} masks it, and the ticket's reporter masks it too.
 * {@link TicketService#callForHelp} opens the ticket.
 */
@Value.Immutable
public abstract class HelpCall {
  /** The ticket id to use; a new time-ordered id when absent. */
  public abstract Optional<TicketId> id();

  /** The device's id, for example the wristband's serial number. */
  public abstract String device();

  /** The wearer's special group: decides the ticket's priority and time limit. */
  public abstract SpecialGroup specialGroup();

  /** The wearer's name, if the device is registered to one. */
  public abstract Optional<String> caller();

  /** A phone number to call back, if any. */
  public abstract Optional<String> phone();

  /** Degrees east, in {@link #datum()}. */
  public abstract double longitude();

  /** Degrees north, in {@link #datum()}. */
  public abstract double latitude();

  /** The coordinate system of the device's fix; WGS-84 when not set. */
  @Value.Default
  public Datum datum() {
    return Datum.WGS84;
  }

  /** The address the device is registered at, if any. */
  public abstract Optional<String> address();

  /** What the caller said, if the line recorded it. */
  public abstract Optional<String> note();

  @Value.Check
  protected void check() {
    if (device().isBlank()) {
      throw new InvalidInputException("device", device(), "a one-key call names its device");
    }
    phone().ifPresent(p -> {
      if (!p.matches("\\+?[0-9][0-9 -]{4,19}")) {
        throw new InvalidInputException("phone", Reporter.mask(p), "must be 5 to 20 digits, spaces or '-'");
      }
    });
    note().ifPresent(n -> {
      if (n.isBlank() || n.length() > 400) {
        throw new InvalidInputException("note", n, "must have 1 to 400 characters");
      }
    });
    new ReportedPlace(longitude(), latitude(), address(), datum());
  }

  /** The place the device reported. */
  public ReportedPlace place() {
    return new ReportedPlace(longitude(), latitude(), address(), datum());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HelpCall}. */
  public static class Builder extends ImmutableHelpCall.Builder {}

  @Override
  public String toString() {
    return "HelpCall[" + device() + " " + specialGroup() + caller().map(c -> " " + c).orElse("")
        + phone().map(p -> " " + Reporter.mask(p)).orElse("") + " at " + datum() + " " + longitude() + "," + latitude() + "]";
  }
}
