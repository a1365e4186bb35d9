package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
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
 * numbers read by {@link Decimal}, each grid's columns prepared once. The points of each chunk of
 * input are located together by {@link GridLocator#locateAllIn(CoordinateSystem, double[], double[],
 * java.util.concurrent.Executor, int)} on the common fork-join pool, one part per processor.
 */
final class LocateStream {
  private static final int CHUNK = 4 << 20;
  /** Parts of a chunk's points: one per processor. */
  private static final int PARTS = Runtime.getRuntime().availableProcessors();
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
    Output o = new Output(out);
    int have = 0;
    long line = 0;
    long points = 0;
    boolean eof = false;
    Lines lines = new Lines();
    while (!eof || have > 0) {
      if (!eof) {
        int n = in.readNBytes(buf, have, buf.length - have);
        have += n;
        eof = have < buf.length;
      }
      // the chunk's complete lines: parsed and checked first, then located together, then written
      lines.clear();
      int start = 0;
      int end;
      while ((end = indexOf(buf, start, have, eof)) >= 0) {
        int next = end < have && buf[end] == '\n' ? end + 1 : end;
        int stop = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        line++;
        if (stop > start) {
          lines.add(start, stop, read(buf, start, stop, line), line);
        }
        start = next;
        if (next == end) {
          break;
        }
      }
      int[] ordinals = locator.locateAllIn(system, lines.lons(), lines.lats(), ForkJoinPool.commonPool(), PARTS);
      for (int k = 0, p = 0; k < lines.size; k++) {
        byte[] cols;
        if (lines.header(k)) {
          cols = header;
        } else {
          int ordinal = ordinals[p++];
          cols = ordinal < 0 ? none : columns[ordinal];
          points++;
        }
        if (lines.number[k] == 1 && cols != header) {
          o.write(("lon,lat" + new String(header, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        o.line(buf, lines.from[k], lines.to[k], cols);
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
    o.flush();
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

  /** The point of the line, or null for a header (a first line that is not numbers); checked. */
  private double[] read(byte[] b, int from, int to, long line) {
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
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      try {
        locator.locateOrdinalIn(system, lon, lat); // the locator's own message for a point out of range
      } catch (InvalidInputException e) {
        throw new InvalidInputException("stdin line " + line, text(b, from, to), e.getMessage());
      }
    }
    return new double[] {lon, lat};
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, Math.min(to - from, 80), StandardCharsets.UTF_8);
  }

  /** The lines of a chunk: where each is, its number, its point (none for a header). */
  private static final class Lines {
    int[] from = new int[1024];
    int[] to = new int[1024];
    long[] number = new long[1024];
    boolean[] isHeader = new boolean[1024];
    double[] lon = new double[1024];
    double[] lat = new double[1024];
    int size;
    int points;

    void clear() {
      size = 0;
      points = 0;
    }

    void add(int start, int stop, double[] point, long line) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
        number = Arrays.copyOf(number, size * 2);
        isHeader = Arrays.copyOf(isHeader, size * 2);
        lon = Arrays.copyOf(lon, size * 2);
        lat = Arrays.copyOf(lat, size * 2);
      }
      from[size] = start;
      to[size] = stop;
      number[size] = line;
      isHeader[size] = point == null;
      if (point != null) {
        lon[points] = point[0];
        lat[points] = point[1];
        points++;
      }
      size++;
    }

    boolean header(int k) {
      return isHeader[k];
    }

    double[] lons() {
      return Arrays.copyOf(lon, points);
    }

    double[] lats() {
      return Arrays.copyOf(lat, points);
    }
  }

  /** Buffered bytes out. */
  private static final class Output {
    private final OutputStream out;
    private byte[] buf = new byte[CHUNK * 2];
    private int len;

    Output(OutputStream out) {
      this.out = out;
    }

    void write(byte[] b) throws IOException {
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
    }

    void line(byte[] b, int from, int to, byte[] cols) throws IOException {
      int n = to - from;
      ensure(n + cols.length + 1);
      System.arraycopy(b, from, buf, len, n);
      len += n;
      System.arraycopy(cols, 0, buf, len, cols.length);
      len += cols.length;
      buf[len++] = '\n';
    }

    private void ensure(int n) throws IOException {
      if (len + n > buf.length) {
        out.write(buf, 0, len);
        len = 0;
        if (n > buf.length) {
          buf = Arrays.copyOf(buf, n);
        }
      }
    }

    void flush() throws IOException {
      out.write(buf, 0, len);
      out.flush();
    }
  }
}
