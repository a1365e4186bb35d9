package org.gridgov.services;

import java.util.Optional;
import java.util.Set;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Principal;
import org.gridgov.core.Scope;

/** The checks the lists and the market share (校验): skill ids, phone numbers, grids, scopes. */
final class Checks {
  private Checks() {}

  static void skills(Set<String> skills, String field) {
    for (String s : skills) {
      if (!s.matches("[a-z][a-z0-9-]{0,39}")) {
        throw new InvalidInputException(field, s, "a skill is 1 to 40 lower-case letters, digits and '-', starting with a letter");
      }
    }
  }

  static void phone(String phone, String field) {
    if (!phone.matches("\\+?[0-9][0-9 -]{4,19}")) {
      throw new InvalidInputException(field, mask(phone), "must be 5 to 20 digits, spaces or '-'");
    }
  }

  /** All but the first three and last four characters hidden (138****5678). */
  static String mask(String phone) {
    if (phone.length() <= 7) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /** The node of {@code code}; {@link NotFoundException} naming {@code field} when the tree lacks it. */
  static GridNode node(GridTree tree, GridCode code, String field) {
    if (code == null) {
      throw new MissingValueException(field);
    }
    return tree.findNode(code).orElseThrow(() -> new NotFoundException(field, code.value(), "the grid tree has no grid with this code"));
  }

  /**
   * The grid with this code, which the principal's scope must admit. An unknown code under one of
   * the principal's own roots is not found; a code outside them is forbidden whether or not such a
   * grid exists, so the answer says nothing about grids outside the scope.
   */
  static GridNode gridInScope(GridTree tree, Scope scope, GridCode code, String field, String verb) {
    if (code == null) {
      throw new MissingValueException(field);
    }
    Optional<GridNode> node = tree.findNode(code);
    if (node.isPresent() && scope.admits(code)) {
      return node.get();
    }
    if (node.isEmpty() && scope.roots().stream().anyMatch(r -> code.value().startsWith(r.code().value()))) {
      throw new NotFoundException(field, code.value(), "the grid tree has no grid with this code");
    }
    Principal p = scope.principal();
    throw new ForbiddenException(field, code.value(), p.kind() + " " + p.id() + " may only " + verb + " within "
        + p.scopeRoots());
  }

  /** The principal's scope on {@code tree}. */
  static Scope scope(GridTree tree, Principal p, String field) {
    if (p == null) {
      throw new MissingValueException(field);
    }
    return Scope.of(tree, p);
  }

  static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }
}
