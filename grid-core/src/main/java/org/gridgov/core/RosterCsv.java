package org.gridgov.core;

import static org.gridgov.core.internal.CsvRows.cell;
import static org.gridgov.core.internal.CsvRows.required;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.internal.CsvRows;

/**
 * Reads rosters (网格力量花名册) in CSV: UTF-8, a header row, one role in one grid per row.
 * Columns {@code staff_id}, {@code name}, {@code role}, {@code grid_code} are required;
 * {@code phone} and {@code party_member} ({@code true}/{@code false}) are optional. A person
 * holding several roles appears on several rows with the same id; those rows must agree on
 * {@code name}, {@code phone} and {@code party_member} (an empty cell is no phone, or false). Every row is checked against
 * the tree and its scheme as {@link Roster.Builder} does; errors name the line.
 */
public final class RosterCsv {
  private static final String REQUIRED = "staff_id, name, role, grid_code";

  private RosterCsv() {}

  /**
   * Reads a roster file (UTF-8) for {@code tree}.
   *
   * @throws NotFoundException when the file does not exist
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static Roster read(java.nio.file.Path file, GridTree tree) {
    if (file == null) {
      throw new MissingValueException("file");
    }
    try (Reader in = CsvRows.utf8(java.nio.file.Files.newInputStream(file))) {
      return read(in, tree);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new NotFoundException("file", file.toString(), "no such file");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read roster " + file, e);
    }
  }

  /** Reads a roster for {@code tree}. */
  public static Roster read(Reader csv, GridTree tree) {
    if (csv == null || tree == null) {
      throw new MissingValueException(csv == null ? "csv" : "tree");
    }
    Roster.Builder roster = Roster.builder(tree);
    Map<String, StaffMember> known = new HashMap<>();
    int[] c = new int[6];
    try {
      CsvRows.read(csv, h -> {
        c[0] = h.column("staff_id", true, REQUIRED);
        c[1] = h.column("name", true, REQUIRED);
        c[2] = h.column("role", true, REQUIRED);
        c[3] = h.column("grid_code", true, REQUIRED);
        c[4] = h.column("phone", false, REQUIRED);
        c[5] = h.column("party_member", false, REQUIRED);
      }, (h, cells, at) -> {
        String id = required(cells, c[0], at + "staff_id");
        StaffMember member = member(cells, c, id, at);
        StaffMember first = known.putIfAbsent(id, member);
        if (first == null) {
          roster.add(member);
        } else {
          requireSame(first, member, at);
        }
        roster.assign(id, required(cells, c[2], at + "role"),
            GridCode.parse(at + "grid_code", required(cells, c[3], at + "grid_code")));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return roster.build();
  }

  private static StaffMember member(List<String> cells, int[] c, String id, String at) {
    StaffMember.Builder member = StaffMember.builder().id(id).name(required(cells, c[1], at + "name"));
    String phone = cell(cells, c[4]);
    if (!phone.isEmpty()) {
      member.phone(PhoneNumber.parse(at + "phone", phone));
    }
    String party = cell(cells, c[5]);
    if (!party.isEmpty()) {
      if (!party.equals("true") && !party.equals("false")) {
        throw new InvalidInputException(at + "party_member", party, "must be true or false");
      }
      member.partyMember(Boolean.parseBoolean(party));
    }
    return member.build();
  }

  /** A repeat row of a staff member (another role) must say the same as the first. */
  private static void requireSame(StaffMember first, StaffMember repeat, String at) {
    String rule = "staff member " + first.id() + " appears on an earlier row with ";
    if (!repeat.name().equals(first.name())) {
      throw new InvalidInputException(at + "name", repeat.name(), rule + "a different name");
    }
    if (!repeat.phone().equals(first.phone())) {
      throw new InvalidInputException(at + "phone", repeat.phone().map(PhoneNumber::masked).orElse(""),
          rule + "a different phone " + first.phone().map(PhoneNumber::masked).orElse("(none)"));
    }
    if (repeat.partyMember() != first.partyMember()) {
      throw new InvalidInputException(at + "party_member", Boolean.toString(repeat.partyMember()),
          rule + "party_member " + first.partyMember());
    }
  }
}
