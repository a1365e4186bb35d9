package org.gridgov.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A mainland China phone number (电话号码): a mobile number of 11 digits starting 13–19, or a
 * fixed-line number of a 3- or 4-digit area code starting with 0 and a 7- or 8-digit local
 * number (written with or without a hyphen). Spaces and hyphens are removed when parsing;
 * {@code +86} or {@code 86} in front of a mobile number is accepted.
 *
 * <p>Personal data: {@link #toString()}, the default JSON form and every error message show it
 * masked ({@code 138****5678}, {@code 0537-****5678}); {@link #reveal()} gives the digits.
 */
public final class PhoneNumber {
  private final String digits;
  private final int areaLength; // 0 for mobiles

  private PhoneNumber(String digits, int areaLength) {
    this.digits = digits;
    this.areaLength = areaLength;
  }

  /**
   * Parses a mobile or fixed-line number.
   *
   * @throws InvalidInputException naming the masked value and the rule it breaks
   */
  @JsonCreator
  public static PhoneNumber parse(String text) {
    return parse("phone", text);
  }

  /** As {@link #parse(String)}, naming {@code field} in the error. */
  public static PhoneNumber parse(String field, String text) {
    if (text == null) {
      throw new MissingValueException(field);
    }
    String raw = text.strip();
    int hyphen = raw.indexOf('-');
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      } else if (!(c == ' ' || c == '-' || (c == '+' && i == 0))) {
        throw new InvalidInputException(field, mask(raw), "a phone number contains only digits, spaces, '-' and a leading '+'");
      }
    }
    String d = b.toString();
    if (d.length() == 13 && d.startsWith("86") && d.charAt(2) == '1') {
      d = d.substring(2);
    }
    if (d.length() == 11 && d.charAt(0) == '1') {
      if (d.charAt(1) < '3') {
        throw new InvalidInputException(field, mask(d), "a mobile number starts with 13 to 19");
      }
      return new PhoneNumber(d, 0);
    }
    if (d.startsWith("0")) {
      int area = hyphen > 0 ? digitsBefore(raw, hyphen) : (d.startsWith("01") || d.startsWith("02") ? 3 : 4);
      int local = d.length() - area;
      if ((area == 3 || area == 4) && (local == 7 || local == 8) && d.charAt(area) != '0') {
        return new PhoneNumber(d, area);
      }
      throw new InvalidInputException(field, mask(d),
          "a fixed-line number is a 3- or 4-digit area code starting with 0 and a 7- or 8-digit local number");
    }
    throw new InvalidInputException(field, mask(d),
        "must be a mobile number (11 digits, 13-19...) or a fixed-line number with its area code (0...)");
  }

  private static int digitsBefore(String raw, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (Character.isDigit(raw.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** True for a mobile number. */
  public boolean isMobile() {
    return areaLength == 0;
  }

  /** The digits. Handle with care: this is personal data. */
  public String reveal() {
    return digits;
  }

  /** The masked form: {@code 138****5678} or {@code 0537-****5678}. */
  @JsonValue
  public String masked() {
    if (isMobile()) {
      return digits.substring(0, 3) + "****" + digits.substring(7);
    }
    String local = digits.substring(areaLength);
    return digits.substring(0, areaLength) + "-" + "*".repeat(local.length() - 4) + local.substring(local.length() - 4);
  }

  static String mask(String text) {
    int head = Math.min(3, text.length() / 4);
    int tail = Math.min(4, text.length() / 3);
    return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber && ((PhoneNumber) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The masked form; never the whole number. */
  @Override
  public String toString() {
    return masked();
  }
}
