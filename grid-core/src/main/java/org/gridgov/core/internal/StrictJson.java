package org.gridgov.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * Strict JSON reading of the SDK's value types: every failure — malformed JSON, an unknown
 * property, a wrong type, a missing attribute, a broken rule — becomes one typed exception
 * whose field is the JSON path of the fault ({@code $.levels[2].codeWidth}).
 */
public final class StrictJson {
  private static final ObjectMapper MAPPER = org.gridgov.core.GridGovJson.strictMapper();

  private StrictJson() {}

  /** Reads {@code type} from text; failures become {@link InvalidInputException}s. */
  public static <T> T read(String json, Class<T> type, String what) {
    return read(json, type, what, InvalidInputException::new);
  }

  /** Reads {@code type} from a UTF-8 stream (not closed); failures become {@link InvalidInputException}s. */
  public static <T> T read(InputStream json, Class<T> type, String what) {
    return read(json, type, what, InvalidInputException::new);
  }

  public static <T> T read(String json, Class<T> type, String what, Failure failure) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(e, what, failure);
    }
  }

  /**
   * Reads from a stream that must be UTF-8 (as RFC 8259 requires between systems): bytes are
   * decoded strictly, so a malformed sequence is a typed error rather than a guess at UTF-16 or
   * UTF-32.
   */
  public static <T> T read(InputStream json, Class<T> type, String what, Failure failure) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    Reader utf8 = new InputStreamReader(json, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      return MAPPER.readValue(utf8, type);
    } catch (JsonProcessingException e) {
      throw translate(e, what, failure);
    } catch (CharacterCodingException | CharConversionException e) {
      throw failure.create("$", "", "a " + what + " file must be UTF-8: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value as indented JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a valid value always serialises", e);
    }
  }

  private static InvalidInputException translate(JsonProcessingException e, String what, Failure failure) {
    String path = e instanceof JsonMappingException ? org.gridgov.core.GridGovJson.path((JsonMappingException) e) : "$";
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && !(cause instanceof GridGovException) && depth < 20; depth++) {
      cause = cause.getCause();
    }
    if (cause instanceof GridGovException) {
      GridGovException inner = (GridGovException) cause;
      return failure.create(Json.join(path, inner.field()), inner.value(), inner.rule(), e);
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return failure.create(path, u.getPropertyName(),
          "unknown property of a " + what + "; known ones are " + u.getKnownPropertyIds(), e);
    }
    String where = e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return failure.create(path, "", "malformed " + what + " JSON: " + e.getOriginalMessage() + where, e);
  }

  /** Makes the exception for a failure at a JSON path. */
  @FunctionalInterface
  public interface Failure {
    InvalidInputException create(String path, String value, String rule, Throwable cause);
  }
}
