/**
 * The {@code gridgov} command line (命令行, picocli): {@code demo}, {@code locate}, {@code check},
 * {@code tree}, {@code simulate} and {@code report}, with one-line errors and exit status 2 for bad
 * input, progress on stderr, summaries on stdout. {@link org.gridgov.examples.cli.GridGovCli} is the
 * jar's main class. See docs/cli.md.
 */
package org.gridgov.examples.cli;
