package org.gridgov.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999): 6 digits of address code, 8 of birth
 * date, 3 of sequence (odd for men) and a check character (0–9 or X) computed with ISO 7064
 * MOD 11-2.
 *
 * <p>Personal data: {@link #toString()}, the default JSON form and every error message show it
 * masked as {@code 1101**********123X} (first four, last four). Only {@link #reveal()} gives the
 * whole number, for code that is entitled to it.
 */
public final class ResidentId {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final String number;

  private ResidentId(String number) {
    this.number = number;
  }

  /**
   * Parses an 18-character number; a lower-case {@code x} is accepted as {@code X}.
   *
   * @throws InvalidInputException naming the masked value and the rule it breaks (length,
   *     digits, birth date, check character)
   */
  @JsonCreator
  public static ResidentId parse(String text) {
    return parse("idNumber", text);
  }

  /** As {@link #parse(String)}, naming {@code field} in the error. */
  public static ResidentId parse(String field, String text) {
    if (text == null) {
      throw new MissingValueException(field);
    }
    String n = text.length() == 18 && text.charAt(17) == 'x' ? text.substring(0, 17) + 'X' : text;
    if (n.length() != 18) {
      throw new InvalidInputException(field, mask(n),
          "a citizen identity number has 18 characters (GB 11643), this one has " + n.length());
    }
    for (int i = 0; i < 17; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        throw new InvalidInputException(field, mask(n), "character " + (i + 1) + " must be a digit (GB 11643)");
      }
    }
    char last = n.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      throw new InvalidInputException(field, mask(n), "the check character must be a digit or X (GB 11643)");
    }
    try {
      LocalDate birth = LocalDate.of(Integer.parseInt(n, 6, 10, 10), Integer.parseInt(n, 10, 12, 10),
          Integer.parseInt(n, 12, 14, 10));
      if (birth.getYear() < 1800) {
        throw new InvalidInputException(field, mask(n), "characters 7-14 must be a birth date after 1800");
      }
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, mask(n), "characters 7-14 must be a valid birth date YYYYMMDD");
    }
    if (checkCharacter(n) != last) {
      throw new InvalidInputException(field, mask(n),
          "the check character does not match the first 17 digits (ISO 7064 MOD 11-2, GB 11643)");
    }
    return new ResidentId(n);
  }

  /** The check character (GB 11643) of the first 17 digits of {@code digits}. */
  public static char checkCharacter(CharSequence digits) {
    if (digits == null || digits.length() < 17) {
      throw new InvalidInputException("digits", digits == null ? "null" : mask(digits.toString()),
          "needs the first 17 digits of an identity number");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new InvalidInputException("digits", mask(digits.toString()), "character " + (i + 1) + " must be a digit");
      }
      sum += d * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The 6-digit address code of the place of first registration. */
  public String addressCode() {
    return number.substring(0, 6);
  }

  /** The birth date. */
  public LocalDate birthDate() {
    return LocalDate.of(Integer.parseInt(number, 6, 10, 10), Integer.parseInt(number, 10, 12, 10),
        Integer.parseInt(number, 12, 14, 10));
  }

  /** True when the sequence code is odd (male). */
  public boolean isMale() {
    return (number.charAt(16) - '0') % 2 == 1;
  }

  /** The whole number. Handle with care: this is personal data. */
  public String reveal() {
    return number;
  }

  /** The masked form, {@code 1101**********123X}. */
  @JsonValue
  public String masked() {
    return mask(number);
  }

  static String mask(String text) {
    if (text.length() <= 8) {
      return "*".repeat(text.length());
    }
    return text.substring(0, 4) + "*".repeat(text.length() - 8) + text.substring(text.length() - 4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId && ((ResidentId) o).number.equals(number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  /** The masked form; never the whole number. */
  @Override
  public String toString() {
    return masked();
  }
}
