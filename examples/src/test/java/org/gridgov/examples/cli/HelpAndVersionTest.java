package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command explains itself with an example, and says its version; {@code gridgov} alone lists the commands. */
class HelpAndVersionTest {
  private static final List<String> COMMANDS = List.of("demo", "locate", "check", "tree", "simulate", "report");

  @Test
  void everyCommandsHelpHasItsUsageOptionsAndAnExample() {
    for (String c : COMMANDS) {
      Cli.Run r = Cli.run(c, "--help");
      assertThat(r.status()).as(c).isZero();
      assertThat(r.out()).as(c).contains("Usage: gridgov " + c).contains("--help").contains("--version")
          .contains("--verbose").containsPattern("Examples?( \\(.*\\))?:").contains("gridgov " + c + " ");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void everyCommandSaysItsVersion() {
    for (String c : COMMANDS) {
      Cli.Run r = Cli.run(c, "--version");
      assertThat(r.status()).isZero();
      assertThat(r.out()).as(c).startsWith("gridgov ").contains("Java ");
    }
  }

  @Test
  void gridgovAloneOrWithHelpListsTheCommandsWithExamplesAndTheExitStatuses() {
    for (String[] args : List.of(new String[0], new String[] {"--help"})) {
      Cli.Run r = Cli.run(args);
      assertThat(r.status()).isZero();
      assertThat(r.out()).contains("Usage: gridgov").contains("Commands:").contains("Exit status");
      COMMANDS.forEach(c -> assertThat(r.out()).contains("  " + c));
    }
  }
}
