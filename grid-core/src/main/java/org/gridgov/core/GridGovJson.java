package org.gridgov.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The SDK's one strict Jackson set-up (严格 JSON), shared by every module that reads its files:
 * unknown properties, nulls for primitives, trailing tokens, duplicate keys and scalar coercion
 * all fail, input must be UTF-8, and every failure becomes one typed exception whose field is the
 * JSON path of the fault ({@code $.levels[2].codeWidth}). Platforms may use it to read and write
 * the SDK's value types the same way.
 */
public final class GridGovJson {
  private static final ObjectMapper MAPPER = strictMapper();

  private GridGovJson() {}

  /** Makes the exception for a failure at a JSON path. */
  @FunctionalInterface
  public interface Failure {
    /**
     * The exception for a fault at {@code path}.
     *
     * @param path the JSON path, for example {@code $.levels[2].codeWidth}
     * @param value the offending value as text (empty when there is none)
     * @param rule the rule broken, in words
     * @param cause the parser's exception
     */
    GridGovException create(String path, String value, String rule, Throwable cause);
  }

  /** A new mapper that refuses anything doubtful: unknown properties, nulls for primitives, trailing tokens. */
  public static ObjectMapper strictMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
  }

  /** The shared strict mapper (thread-safe; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads {@code type} from text; every failure is an {@link InvalidInputException} at its JSON path.
   *
   * @param what what the text is, for messages ("scheme", "matter catalogue")
   */
  public static <T> T read(String json, Class<T> type, String what) {
    return read(json, type, what, InvalidInputException::new);
  }

  /** Reads {@code type} from a UTF-8 stream (not closed); failures are {@link InvalidInputException}s. */
  public static <T> T read(InputStream json, Class<T> type, String what) {
    return read(json, type, what, InvalidInputException::new);
  }

  /**
   * Reads {@code type} from a UTF-8 JSON file; failures are {@link InvalidInputException}s.
   *
   * @throws NotFoundException when the file does not exist
   * @throws UncheckedIOException when it cannot be read
   */
  public static <T> T read(java.nio.file.Path file, Class<T> type, String what) {
    if (file == null) {
      throw new MissingValueException("file");
    }
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in, type, what);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new NotFoundException("file", file.toString(), "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " file " + file, e);
    }
  }

  /** Reads {@code type} from text; every failure is made by {@code failure}. */
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
   * UTF-32. The stream is not closed.
   *
   * @throws UncheckedIOException when the stream fails
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

  /** Writes a value as indented JSON with the strict mapper. */
  public static String write(Object value) {
    if (value == null) {
      throw new MissingValueException("value");
    }
    try {
      return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a valid value always serialises", e);
    }
  }

  /**
   * The typed exception for a Jackson failure: an SDK exception thrown inside a creator keeps its
   * field (joined to the JSON path), value and rule; an unknown property names the known ones;
   * malformed JSON names line and column.
   */
  public static GridGovException translate(JsonProcessingException e, String what, Failure failure) {
    if (e == null) {
      throw new MissingValueException("e");
    }
    String path = e instanceof JsonMappingException ? path((JsonMappingException) e) : "$";
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && !(cause instanceof GridGovException) && depth < 20; depth++) {
      cause = cause.getCause();
    }
    if (cause instanceof GridGovException) {
      GridGovException inner = (GridGovException) cause;
      return failure.create(join(path, inner.field()), inner.value(), inner.rule(), e);
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

  /** The JSON path ({@code $.levels[2].name}) of a mapping failure. */
  public static String path(JsonMappingException e) {
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

  /** {@code $.levels[2]} joined with {@code name}, {@code [0].id} or an absolute {@code $…} path. */
  static String join(String path, String field) {
    if (field == null || field.isEmpty()) {
      return path;
    }
    if (field.startsWith("$")) {
      return field;
    }
    return field.startsWith("[") ? path + field : path + "." + field;
  }
}
