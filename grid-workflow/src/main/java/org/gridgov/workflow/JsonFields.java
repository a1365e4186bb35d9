package org.gridgov.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;

/**
 * Reading the fields of an event's JSON tree (事件JSON字段读取) for {@link TicketEventJson}: each
 * read checks the JSON type and names the field in a typed error.
 */
final class JsonFields {
  private JsonFields() {}

  /** The strings of an optional array ({@code []} when absent). */
  static List<String> texts(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    if (o.has(field)) {
      JsonNode a = o.get(field);
      if (!a.isArray()) {
        throw new InvalidInputException("payload." + field, a.toString(), "must be an array of strings");
      }
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).isTextual()) {
          throw new InvalidInputException("payload." + field + "[" + i + "]", a.get(i).toString(), "must be a string");
        }
        out.add(a.get(i).textValue());
      }
    }
    return out;
  }
  static List<GridCode> grids(JsonNode o, String field) {
    List<GridCode> out = new ArrayList<>();
    List<String> codes = texts(o, field);
    for (int i = 0; i < codes.size(); i++) {
      out.add(GridCode.parse("payload." + field + "[" + i + "]", codes.get(i)));
    }
    return out;
  }
  static JsonNode object(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || !n.isObject()) {
      throw new InvalidInputException(field, String.valueOf(n), "must be a JSON object");
    }
    return n;
  }
  static String text(JsonNode o, String field) {
    String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
    JsonNode n = o.get(name);
    if (n == null || !n.isTextual()) {
      throw new InvalidInputException(field, String.valueOf(n), "must be a string");
    }
    return n.textValue();
  }
  static Optional<String> optText(JsonNode o, String field) {
    return o.has(field) && !o.get(field).isNull() ? Optional.of(text(o, field)) : Optional.empty();
  }
  static long number(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || !n.isIntegralNumber()) {
      throw new InvalidInputException(field, String.valueOf(n), "must be an integer");
    }
    return n.longValue();
  }
  static double dbl(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || !n.isNumber()) {
      throw new InvalidInputException(field, String.valueOf(n), "must be a number");
    }
    return n.doubleValue();
  }
  static boolean bool(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || !n.isBoolean()) {
      throw new InvalidInputException(field, String.valueOf(n), "must be true or false");
    }
    return n.booleanValue();
  }
  static Instant instant(JsonNode o, String field) {
    String t = text(o, field);
    try {
      return Instant.parse(t);
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, t, "must be an ISO-8601 instant");
    }
  }
  static Optional<Instant> optInstant(JsonNode o, String field) {
    return o.has(field) ? Optional.of(instant(o, field)) : Optional.empty();
  }
  static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode o, String field) {
    String t = text(o, field);
    try {
      return Enum.valueOf(type, t);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, t, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }}
