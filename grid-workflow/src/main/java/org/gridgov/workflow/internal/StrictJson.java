package org.gridgov.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.gridgov.core.GridGovException;

/** The workflow's strict Jackson set-up: unknown properties, missing values and wrong types all fail. */
public final class StrictJson {
  private StrictJson() {}

  /** The shared strict mapper (thread-safe once configured). */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

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
    String path = e instanceof JsonMappingException ? path((JsonMappingException) e) : "$";
    if (e instanceof UnrecognizedPropertyException) {
      return failure.create(path, ((UnrecognizedPropertyException) e).getPropertyName(), "unknown property");
    }
    return failure.create(path, "", e.getOriginalMessage());
  }

  static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        out.append('.').append(ref.getFieldName());
      }
    }
    return out.toString();
  }
}
