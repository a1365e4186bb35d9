package org.gridgov.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option every command has (the error handler reads the arguments for it). */
final class Verbose {
  @Option(names = "--verbose", description = "On an error, print the stack trace after the one-line message.")
  boolean verbose;
}
