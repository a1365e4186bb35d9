package org.gridgov.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridGovJson;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;

/**
 * Reads and writes {@link WorkflowDefinition}s as JSON (流程定义文件) and holds the four shipped
 * definitions: {@link #standard()} (the standard closed loop), {@link #threeClasses()} (即办件、承诺件、
 * 上报件), {@link #sevenStep()} (七步协商法) and {@link #oneKeyHelp()} (特殊人群一键求助). Reading is strict: an unknown property, a missing
 * one or a value of the wrong type is an {@link InvalidDefinitionException} naming the JSON path;
 * a definition that reads but breaks a rule is one naming the element.
 */
public final class WorkflowDefinitions {
  /** The id of the standard closed loop. */
  public static final String STANDARD = "standard";
  /** The id of the three classes of matter. */
  public static final String THREE_CLASSES = "three-classes";
  /** The id of the seven-step deliberation flow. */
  public static final String SEVEN_STEP = "seven-step";
  /** The id of the one-key call for help. */
  public static final String ONE_KEY_HELP = "one-key-help";

  private WorkflowDefinitions() {}

  /** Reads a definition from JSON text. */
  public static WorkflowDefinition fromJson(String json) {
    try {
      return GridGovJson.read(json, WorkflowDefinition.class, WHAT, WorkflowDefinitions::invalid);
    } catch (InvalidDefinitionException e) {
      throw ruleBroken(e).orElse(e);
    }
  }

  /** Reads a definition from a UTF-8 JSON stream; the stream is not closed. */
  public static WorkflowDefinition fromJson(InputStream json) {
    try {
      return GridGovJson.read(json, WorkflowDefinition.class, WHAT, WorkflowDefinitions::invalid);
    } catch (InvalidDefinitionException e) {
      throw ruleBroken(e).orElse(e);
    }
  }

  private static final String WHAT = "workflow definition";

  /** A reading failure at a JSON path (the definition's id is not known yet). */
  private static InvalidDefinitionException invalid(String path, String value, String rule, Throwable cause) {
    return new InvalidDefinitionException("(json)", path, value, rule, cause);
  }

  /**
   * The definition's own validation failure behind a reading failure, if that is what it is: a
   * rule the definition breaks keeps the definition's id and element rather than a JSON path.
   */
  private static Optional<InvalidDefinitionException> ruleBroken(Throwable e) {
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 20; depth++) {
      if (cause instanceof InvalidDefinitionException && !"(json)".equals(((InvalidDefinitionException) cause).definition())) {
        return Optional.of((InvalidDefinitionException) cause);
      }
      cause = cause.getCause();
    }
    return Optional.empty();
  }

  /**
   * Reads a definition from a UTF-8 JSON file.
   *
   * @throws NotFoundException when the file does not exist
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static WorkflowDefinition fromJson(Path file) {
    if (file == null) {
      throw new MissingValueException("file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in);
    } catch (NoSuchFileException e) {
      throw new NotFoundException("file", file.toString(), "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read definition file " + file, e);
    }
  }

  /** Writes a definition as indented JSON; {@link #fromJson(String)} reads it back equal. */
  public static String toJson(WorkflowDefinition definition) {
    if (definition == null) {
      throw new MissingValueException("definition");
    }
    return GridGovJson.write(definition);
  }

  /**
   * The standard closed loop (标准事件闭环): report → accept (立案) or reject as invalid/duplicate →
   * dispatch to a department → the department accepts (签收) or returns it within 2 working days
   * as outside its remit → handle → feed back → verify (pass: revisit and rate; fail: rework) →
   * close; with extension (延期, approved), suspension (挂账, the clock pauses), cancellation (作废,
   * approved) and escalation up the grid tree with departments summoned to report in.
   */
  public static WorkflowDefinition standard() {
    return Holder.STANDARD;
  }

  /**
   * The three classes of matter (即办件、承诺件、上报件): on-the-spot matters closed by the grid worker
   * with no dispatch; promised matters settled by a committee meeting within a promised limit;
   * escalated matters taken up by the community party committee and, when its limit passes, further up.
   */
  public static WorkflowDefinition threeClasses() {
    return Holder.THREE_CLASSES;
  }

  /**
   * The seven-step deliberation flow (七步协商法): accept the request → the party committee approves
   * the agenda → the committee drafts the proposal → field investigation → deliberation meeting →
   * implement → close and publish (销号公示).
   */
  public static WorkflowDefinition sevenStep() {
    return Holder.SEVEN_STEP;
  }

  /**
   * The one-key call for help (特殊人群一键求助): called (the main clock runs from the call) → the
   * grid's worker responds within an hour round the clock, or the clock escalates it up the grid
   * tree → helped (the clock pauses) → revisited and closed; a call pressed by mistake is rejected
   * (误触). Opened by {@link TicketService#callForHelp}.
   */
  public static WorkflowDefinition oneKeyHelp() {
    return Holder.ONE_KEY_HELP;
  }

  /** The four shipped definitions. */
  public static List<WorkflowDefinition> shipped() {
    return List.of(standard(), threeClasses(), sevenStep(), oneKeyHelp());
  }

  private static final class Holder {
    static final WorkflowDefinition STANDARD = builtIn("standard.json");
    static final WorkflowDefinition THREE_CLASSES = builtIn("three-classes.json");
    static final WorkflowDefinition SEVEN_STEP = builtIn("seven-step.json");
    static final WorkflowDefinition ONE_KEY_HELP = builtIn("one-key-help.json");

    private static WorkflowDefinition builtIn(String name) {
      try (InputStream in = WorkflowDefinitions.class.getResourceAsStream("/org/gridgov/workflow/definitions/" + name)) {
        if (in == null) {
          throw new IllegalStateException("definition resource " + name + " is missing from the jar");
        }
        return fromJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
