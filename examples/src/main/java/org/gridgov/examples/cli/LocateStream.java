package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridLocator;

/**
 * {@code locate --stdin}: points in, one a line ({@code lon,lat}, more comma-separated columns
 * kept), CSV out — each line as it came, then the basic grid's code and its ancestors' codes, one
 * column per level, parent first; empty codes for a point in no grid. A first line that is not two
 * numbers is a header and gets the new columns' names. Bytes in, bytes out: no string per line,
 * numbers read by {@link Decimal}, each grid's columns prepared once.
 */
final class LocateStream {
  private static final int CHUNK = 1 << 20;
  private final GridLocator locator;
  private final CoordinateSystem system;
  private final byte[][] columns;
  private final byte[] none;
  private final byte[] header;
  private final boolean checkChina;

  LocateStream(GridLocator locator, CoordinateSystem system) {
    this.locator = locator;
    this.system = system;
    this.checkChina = system != CoordinateSystem.WGS84;
    GridScheme scheme = locator.tree().scheme();
    int levels = scheme.basicLevel();
    StringBuilder h = new StringBuilder(",grid");
    for (int level = levels - 1; level >= 1; level--) {
      h.append(',').append(scheme.level(level).id());
    }
    this.header = h.toString().getBytes(StandardCharsets.UTF_8);
    this.none = ",".repeat(levels).getBytes(StandardCharsets.US_ASCII);
    this.columns = new byte[locator.tree().size()][];
    for (GridNode n : locator.tree().nodes()) {
      if (n.level() == levels) {
        StringBuilder b = new StringBuilder().append(',').append(n.code());
        int[] up = locator.ancestorOrdinals(n.ordinal());
        for (int a : up) {
          b.append(',').append(locator.node(a).code());
        }
        b.append(",".repeat(levels - 1 - up.length));
        columns[n.ordinal()] = b.toString().getBytes(StandardCharsets.US_ASCII);
      }
    }
  }

  /** Locates every line of {@code in} onto {@code out}; the number of points read. */
  long run(InputStream in, OutputStream out, org.gridgov.examples.month.Progress progress) throws IOException {
    byte[] buf = new byte[CHUNK];
    byte[] outBuf = new byte[CHUNK * 2];
    int outLen = 0;
    int have = 0;
    long line = 0;
    long points = 0;
    boolean eof = false;
    while (!eof || have > 0) {
      if (!eof) {
        int n = in.readNBytes(buf, have, buf.length - have);
        have += n;
        eof = have < buf.length;
      }
      int start = 0;
      int end;
      while ((end = indexOf(buf, start, have, eof)) >= 0) {
        int next = end < have && buf[end] == '\n' ? end + 1 : end;
        int stop = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        line++;
        if (stop > start) {
          byte[] cols = locate(buf, start, stop, line);
          if (cols == null) {
            cols = header;
          } else {
            points++;
          }
          if (line == 1 && cols != header) {
            byte[] h = ("lon,lat" + new String(header, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
            System.arraycopy(h, 0, outBuf, outLen, h.length);
            outLen += h.length;
          }
          int len = stop - start;
          if (outLen + len + cols.length + 1 > outBuf.length) {
            out.write(outBuf, 0, outLen);
            outLen = 0;
            if (len + cols.length + 1 > outBuf.length) {
              outBuf = Arrays.copyOf(outBuf, len + cols.length + 1);
            }
          }
          System.arraycopy(buf, start, outBuf, outLen, len);
          outLen += len;
          System.arraycopy(cols, 0, outBuf, outLen, cols.length);
          outLen += cols.length;
          outBuf[outLen++] = '\n';
        }
        start = next;
        if (next == end) {
          break;
        }
      }
      if (start == 0 && have == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      } else {
        System.arraycopy(buf, start, buf, 0, have - start);
        have -= start;
      }
      if (eof && have == 0) {
        break;
      }
      progress.at(points, 0);
    }
    out.write(outBuf, 0, outLen);
    out.flush();
    return points;
  }

  /** The end of the line starting at {@code from}: its '\n', or the end of input at EOF; -1 if incomplete. */
  private static int indexOf(byte[] b, int from, int to, boolean eof) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return eof && from < to ? to : -1;
  }

  /** The columns for the line, or null for a header (a first line that is not numbers). */
  private byte[] locate(byte[] b, int from, int to, long line) {
    int comma = from;
    while (comma < to && b[comma] != ',') {
      comma++;
    }
    int second = comma + 1;
    while (second < to && b[second] != ',') {
      second++;
    }
    double lon;
    double lat;
    try {
      if (comma >= to) {
        throw new NumberFormatException();
      }
      lon = Decimal.parse(b, from, comma);
      lat = Decimal.parse(b, comma + 1, second);
    } catch (NumberFormatException e) {
      if (line == 1) {
        return null;
      }
      throw new InvalidInputException("stdin line " + line, text(b, from, to), "must be a longitude and a latitude, lon,lat");
    }
    if (checkChina && !CoordinateSystem.isInChina(lon, lat)) {
      throw new InvalidInputException("stdin line " + line, text(b, from, to), "a " + system + " point must lie in China "
          + "(72.004-137.8347 E, 0.8293-55.8271 N); outside it there is no " + system + " offset");
    }
    int ordinal;
    try {
      ordinal = locator.locateOrdinalIn(system, lon, lat);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("stdin line " + line, text(b, from, to), e.getMessage());
    }
    return ordinal < 0 ? none : columns[ordinal];
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, Math.min(to - from, 80), StandardCharsets.UTF_8);
  }
}
