package org.gridgov.workflow;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.GridGovException;

/**
 * Fuzz tests of the workflow's parsers (definitions, holiday files, event JSON): whatever the
 * bytes, a parser returns a value or throws a {@link GridGovException}, never anything else. The
 * committed inputs under {@code WorkflowParsersFuzzTestInputs/} run in the normal suite;
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class WorkflowParsersFuzzTest {

  @FuzzTest
  void definitionJsonParsesOrFailsWithATypedError(byte[] input) {
    try {
      WorkflowDefinition d = WorkflowDefinitions.fromJson(new String(input, StandardCharsets.UTF_8));
      if (!WorkflowDefinitions.fromJson(WorkflowDefinitions.toJson(d)).equals(d)) {
        throw new AssertionError("a definition that reads must read back equal");
      }
    } catch (GridGovException expected) {
      // a typed refusal is the contract
    }
  }

  @FuzzTest
  void holidayFilesParseOrFailWithATypedError(byte[] input) {
    try {
      BusinessCalendar.builder().holidayYear(new ByteArrayInputStream(input)).build();
    } catch (GridGovException expected) {
      // a typed refusal is the contract
    }
  }

  @FuzzTest
  void eventJsonParsesOrFailsWithATypedError(byte[] input) {
    try {
      TicketEvent e = TicketEventJson.fromJson(new String(input, StandardCharsets.UTF_8));
      if (!TicketEventJson.fromJson(TicketEventJson.toStorageJson(e)).equals(e)) {
        throw new AssertionError("an event that reads must read back equal");
      }
    } catch (GridGovException expected) {
      // a typed refusal is the contract
    }
  }
}
