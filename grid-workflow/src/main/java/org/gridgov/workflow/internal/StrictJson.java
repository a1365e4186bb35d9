package org.gridgov.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridGovJson;

/** The workflow's strict Jackson set-up: unknown properties, missing values and wrong types all fail. */
public final class StrictJson {
  private StrictJson() {}

  /** The shared strict mapper (thread-safe once configured). */
  public static final ObjectMapper MAPPER = GridGovJson.strictMapper();

  /** A failure factory: field, value, rule. */
  @FunctionalInterface
  public interface Failure {
    RuntimeException create(String field, String value, String rule);
  }

  /** Translates a Jackson failure, keeping an SDK exception thrown inside a creator. */
  public static RuntimeException translate(JsonProcessingException e, Failure failure) {
    Throwable cause = e;
    for (int depth = 0; cause != null && depth < 20; depth++) {
      if (cause instanceof GridGovException) {
        return (GridGovException) cause;
      }
      cause = cause.getCause();
    }
    String path = e instanceof JsonMappingException ? GridGovJson.path((JsonMappingException) e) : "$";
    if (e instanceof UnrecognizedPropertyException) {
      return failure.create(path, ((UnrecognizedPropertyException) e).getPropertyName(), "unknown property");
    }
    return failure.create(path, "", e.getOriginalMessage());
  }
}
