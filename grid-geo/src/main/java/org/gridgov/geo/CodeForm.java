package org.gridgov.geo;

import org.gridgov.core.MissingValueException;
import org.gridgov.geo.internal.DivisionLevels;

/**
 * How the codes in a GeoJSON file are written (编码形式).
 */
public enum CodeForm {
  /** Codes are grid codes as they are. */
  AS_IS,
  /**
   * Codes are administrative division codes padded with zeros (GB/T 2260 six digits, NBS twelve
   * digits): trailing all-zero segments of the 2+2+2+3+3 layout are dropped, so {@code 110000}
   * becomes {@code 11} (北京市), {@code 110100} becomes {@code 1101}, {@code 110105} stays and
   * {@code 110105001000} becomes {@code 110105001}. The first segment is always kept.
   */
  ADMINISTRATIVE_DIVISION;

  /** The grid-code digits of {@code text} under this form. */
  public String normalise(String text) {
    if (text == null) {
      throw new MissingValueException("text");
    }
    if (this == AS_IS) {
      return text;
    }
    int length = text.length();
    int level = DivisionLevels.levelOfLength(length).orElse(0);
    int cut = length;
    for (int k = level; k >= 2; k--) {
      int start = DivisionLevels.lengthAt(k - 1);
      boolean zeros = true;
      for (int i = start; i < DivisionLevels.lengthAt(k); i++) {
        zeros &= text.charAt(i) == '0';
      }
      if (!zeros) {
        break;
      }
      cut = start;
    }
    return text.substring(0, cut);
  }
}
