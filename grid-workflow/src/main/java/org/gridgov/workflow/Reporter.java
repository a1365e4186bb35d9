package org.gridgov.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * Who reported a ticket (上报人). The phone number is personal data: {@link #toString()} masks it
 * (138****5678), so do the JSON codec unless asked otherwise and a plain Jackson mapper (which
 * writes {@code maskedPhone} and never {@code phone}).
 *
 * @param kind grid staff, resident, anonymous or device
 * @param id the staff id, resident account or device id; {@code anonymous} for anonymous reports
 * @param name the name as given, if any
 * @param phone a contact phone number, if any
 */
public record Reporter(ReporterKind kind, String id, Optional<String> name,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Optional<String> phone) {
  public Reporter {
    if (kind == null) {
      throw new MissingValueException("reporter.kind");
    }
    if (id == null) {
      throw new MissingValueException("reporter.id");
    }
    if (id.isBlank()) {
      throw new InvalidInputException("reporter.id", id, "must not be blank");
    }
    if (name == null) {
      throw new MissingValueException("reporter.name");
    }
    if (phone == null) {
      throw new MissingValueException("reporter.phone");
    }
    phone.ifPresent(p -> {
      if (!p.matches("\\+?[0-9][0-9 -]{4,19}")) {
        throw new InvalidInputException("reporter.phone", mask(p), "must be 5 to 20 digits, spaces or '-'");
      }
    });
  }

  /** A grid worker (or other grid staff) reporting under their staff id. */
  public static Reporter gridStaff(String staffId) {
    return new Reporter(ReporterKind.GRID_STAFF, staffId, Optional.empty(), Optional.empty());
  }

  /** A resident with a name and phone number. */
  public static Reporter resident(String id, String name, String phone) {
    return new Reporter(ReporterKind.RESIDENT, id, Optional.ofNullable(name), Optional.ofNullable(phone));
  }

  /** An anonymous report. */
  public static Reporter anonymous() {
    return new Reporter(ReporterKind.ANONYMOUS, "anonymous", Optional.empty(), Optional.empty());
  }

  /** A device such as a camera or a smart wristband. */
  public static Reporter device(String deviceId) {
    return new Reporter(ReporterKind.DEVICE, deviceId, Optional.empty(), Optional.empty());
  }

  /** The phone number with all but the first three and last four digits hidden; what default JSON shows. */
  @JsonProperty("maskedPhone")
  public Optional<String> maskedPhone() {
    return phone.map(Reporter::mask);
  }

  static String mask(String phone) {
    if (phone.length() <= 7) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  @Override
  public String toString() {
    return "Reporter[" + kind + " " + id + name.map(n -> " " + n).orElse("")
        + maskedPhone().map(p -> " " + p).orElse("") + "]";
  }
}
