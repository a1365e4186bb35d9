package org.gridgov.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command reads and writes: stdin, stdout as bytes (for {@code locate --stdin}'s CSV) and as
 * UTF-8 text over the same stream, stderr as UTF-8 text, and whether stderr is a terminal. Tests
 * give their own streams.
 *
 * @param in standard input
 * @param out standard output as bytes; flush {@code text} before writing here
 * @param text standard output as text
 * @param err standard error as text
 * @param errTerminal whether standard error is a terminal (progress bars) or not (plain lines)
 */
public record Io(InputStream in, OutputStream out, PrintWriter text, PrintWriter err, boolean errTerminal) {
  /** The process's own streams. */
  public static Io system() {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    return new Io(System.in, out, text, err, Steps.stderrIsTerminal());
  }

  /** Streams of a test: stderr is not a terminal. */
  public static Io of(InputStream in, OutputStream out, OutputStream err) {
    return new Io(in, out, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false),
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), false);
  }

  /** Flushes both text streams and stdout. */
  public void flush() {
    text.flush();
    err.flush();
    try {
      out.flush();
    } catch (java.io.IOException e) {
      // stdout closed (a pipe whose reader left): nothing more to say
    }
  }
}
