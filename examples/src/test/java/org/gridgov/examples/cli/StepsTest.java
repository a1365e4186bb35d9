package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress off a terminal: one plain line per finished step, nothing for a step that failed. */
class StepsTest {
  @Test
  void aFinishedStepSaysWhatItDidAndHowLongItTookAFailedOneSaysNothing() {
    StringWriter text = new StringWriter();
    Steps steps = new Steps(new PrintWriter(text, true), false);
    try (Steps.Step s = steps.start("counting", 10)) {
      for (int i = 1; i <= 10; i++) {
        s.at(i, 10);
      }
      s.finished("10 things");
    }
    assertThatThrownBy(() -> {
      try (Steps.Step s = steps.start("failing", 10)) {
        s.at(3, 10);
        throw new IllegalStateException("no");
      }
    }).hasMessage("no");
    assertThat(text.toString()).matches("  counting: 10 things \\(\\d+\\.\\d s\\)\\R");
  }
}
