package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;

/**
 * How the command line reports a failure: one line on stderr, {@code gridgov <command>: <what>},
 * naming the file, field and value, and an exit status — {@link #BAD_INPUT} for anything wrong
 * with what the user gave (a GridGov error, a file that cannot be read), {@link #INTERNAL} for a
 * fault of our own. The stack trace only with {@code --verbose}.
 */
final class Errors {
  /** The command did its work. */
  static final int OK = 0;
  /** The command did its work and found something wrong ({@code check}), or a point in no grid ({@code locate}). */
  static final int FOUND = 1;
  /** Bad arguments or bad input: a missing or malformed file, an unknown code, a point outside China for GCJ-02. */
  static final int BAD_INPUT = 2;
  /** A fault in gridgov itself. */
  static final int INTERNAL = 3;

  private Errors() {}

  /** The one line for an exception. */
  static String describe(Throwable e) {
    if (e instanceof GridGovException) {
      return oneLine(e.getMessage());
    }
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return oneLine(((NoSuchFileException) cause).getFile() + ": no such file");
    }
    if (cause instanceof AccessDeniedException) {
      return oneLine(((AccessDeniedException) cause).getFile() + ": permission denied");
    }
    if (cause instanceof CharacterCodingException) {
      return oneLine((e.getMessage() == null ? "" : e.getMessage() + ": ") + "the file is not UTF-8 text");
    }
    if (cause instanceof IOException) {
      return oneLine((e.getMessage() == null ? "" : e.getMessage() + ": ") + cause.getMessage());
    }
    return oneLine("internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + " (run with --verbose for the stack trace, and please report it)");
  }

  /** The exit status for an exception. */
  static int exitCode(Throwable e) {
    return e instanceof GridGovException || e instanceof UncheckedIOException || e instanceof IOException
        ? BAD_INPUT : INTERNAL;
  }

  /** Reads an input file, naming the option and the file in any GridGov error it causes. */
  static <T> T reading(String option, Path file, Supplier<T> read) {
    try {
      return read.get();
    } catch (NotFoundException e) {
      if (e.field().equals(option)) {
        throw e;
      }
      throw new NotFoundException(option + " " + file + ": " + e.field(), e.value(), e.rule());
    } catch (GridGovException e) {
      throw new InvalidInputException(option + " " + file + ": " + e.field(), e.value(), e.rule(), e);
    }
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s*[\\r\\n]+\\s*", "; ").trim();
    return line.length() <= 600 ? line : line.substring(0, 597) + "...";
  }
}
