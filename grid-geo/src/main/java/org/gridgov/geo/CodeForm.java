package org.gridgov.geo;

import org.gridgov.core.MissingValueException;
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

  private static final int[] ENDS = {2, 4, 6, 9, 12};

  /** The grid-code digits of {@code text} under this form. */
  public String normalise(String text) {
    if (text == null) {
      throw new MissingValueException("text");
    }
    if (this == AS_IS) {
      return text;
    }
    int length = text.length();
    boolean layoutLength = false;
    for (int end : ENDS) {
      layoutLength |= end == length;
    }
    if (!layoutLength) {
      return text;
    }
    int cut = length;
    for (int k = ENDS.length - 1; k >= 1; k--) {
      if (ENDS[k] > cut) {
        continue;
      }
      if (ENDS[k] != cut) {
        break;
      }
      boolean zeros = true;
      for (int i = ENDS[k - 1]; i < ENDS[k]; i++) {
        zeros &= text.charAt(i) == '0';
      }
      if (!zeros) {
        break;
      }
      cut = ENDS[k - 1];
    }
    return text.substring(0, cut);
  }
}
