package org.gridgov.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.InvalidRulesException;

/**
 * Strict reading of scoring JSON files field by field: unknown properties, wrong types, missing
 * fields and malformed text are {@link InvalidRulesException}s naming the JSON path
 * ({@code $.rules[3].points}), the value and the rule.
 */
public final class JsonFields {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Parses a whole document, which must be an object with only {@code known} properties. */
  public static JsonFields parse(String json, String what, Set<String> known) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")";
      throw new InvalidRulesException("$", "", "malformed " + what + " JSON: " + e.getOriginalMessage() + where, e);
    } catch (NumberFormatException e) {
      throw new InvalidRulesException("$", "", "malformed " + what + " JSON: a number out of range (" + e.getMessage() + ")", e);
    }
    if (n == null || n.isMissingNode()) {
      throw new InvalidRulesException("$", "", "a " + what + " file is a JSON object; this one is empty");
    }
    return new JsonFields(n, "$").object(known);
  }

  /** Reads a UTF-8 stream (not closed) as {@link #parse(String, String, Set)}. */
  public static JsonFields parse(InputStream json, String what, Set<String> known) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    try {
      return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8), what, known);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This node's JSON path. */
  public String path() {
    return path;
  }

  private JsonFields object(Set<String> known) {
    if (!node.isObject()) {
      throw new InvalidRulesException(path, text(node), "must be a JSON object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidRulesException(path + "." + name, name, "unknown property; known ones are " + known);
      }
    }
    return this;
  }

  private JsonNode required(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw new InvalidRulesException(path + "." + name, "", "is required");
    }
    return v;
  }

  /** True when the property is present and not null. */
  public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /** A required string. */
  public String string(String name) {
    JsonNode v = required(name);
    if (!v.isTextual()) {
      throw new InvalidRulesException(path + "." + name, text(v), "must be a string");
    }
    return v.textValue();
  }

  /** An optional string. */
  public Optional<String> optionalString(String name) {
    return has(name) ? Optional.of(string(name)) : Optional.empty();
  }

  /** A required integer. */
  public int integer(String name) {
    JsonNode v = required(name);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new InvalidRulesException(path + "." + name, text(v), "must be a whole number");
    }
    return v.intValue();
  }

  /** An optional integer. */
  public Optional<Integer> optionalInteger(String name) {
    return has(name) ? Optional.of(integer(name)) : Optional.empty();
  }

  /** A required decimal number. */
  public BigDecimal decimal(String name) {
    JsonNode v = required(name);
    if (!v.isNumber()) {
      throw new InvalidRulesException(path + "." + name, text(v), "must be a number");
    }
    try {
      return v.decimalValue();
    } catch (NumberFormatException e) {
      throw new InvalidRulesException(path + "." + name, text(v), "a number out of range");
    }
  }

  /** A required enum constant. */
  public <E extends Enum<E>> E constant(String name, Class<E> type) {
    String s = string(name);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new InvalidRulesException(path + "." + name, s, "must be one of " + names);
  }

  /** A required object with only {@code known} properties. */
  public JsonFields object(String name, Set<String> known) {
    return new JsonFields(required(name), path + "." + name).object(known);
  }

  /** An optional object. */
  public Optional<JsonFields> optionalObject(String name, Set<String> known) {
    return has(name) ? Optional.of(object(name, known)) : Optional.empty();
  }

  /** The property names of this object, in file order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The elements of a required array of objects with only {@code known} properties. */
  public List<JsonFields> objects(String name, Set<String> known) {
    JsonNode v = required(name);
    if (!v.isArray()) {
      throw new InvalidRulesException(path + "." + name, text(v), "must be a JSON array");
    }
    List<JsonFields> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(new JsonFields(v.get(i), path + "." + name + "[" + i + "]").object(known));
    }
    return out;
  }

  /** The elements of an optional array of strings. */
  public List<String> strings(String name) {
    if (!has(name)) {
      return List.of();
    }
    JsonNode v = node.get(name);
    if (!v.isArray()) {
      throw new InvalidRulesException(path + "." + name, text(v), "must be a JSON array of strings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw new InvalidRulesException(path + "." + name + "[" + i + "]", text(v.get(i)), "must be a string");
      }
      out.add(v.get(i).textValue());
    }
    return out;
  }

  private static String text(JsonNode v) {
    String s = v.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** Writes a tree as indented JSON. */
  public static String write(JsonNode tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /** A fresh object node to write into. */
  public static com.fasterxml.jackson.databind.node.ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }
}
