package dev.omnigraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Converts result values to JSON ({@code gq-language.md} §10.2): strings and enums as strings;
 * Bool as true/false; integers and finite floats as numbers ({@link Float}s keep their shortest
 * float spelling, so {@code 1.1f} is {@code 1.1}); NaN and ±infinity as the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}; Date as {@code "YYYY-MM-DD"}; DateTime
 * as {@link ValueText#instant}; lists and vectors as arrays; null as null. Thread-safe.
 */
final class JsonValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  /**
   * The JSON form of one value.
   *
   * @param value a value of the {@link dev.omnigraph.engine.ResultColumn} Java mapping, or null
   * @throws OmniGraphException {@code INTERNAL_ERROR} for a value of any other class
   */
  static JsonNode toJson(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Long number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Float number) {
      return Float.isFinite(number) ? NODES.numberNode(number) : NODES.textNode(number.toString());
    }
    if (value instanceof Double number) {
      return Double.isFinite(number) ? NODES.numberNode(number) : NODES.textNode(number.toString());
    }
    if (value instanceof LocalDate date) {
      return NODES.textNode(date.toString());
    }
    if (value instanceof Instant instant) {
      return NODES.textNode(ValueText.instant(instant));
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode(list.size());
      list.forEach(element -> array.add(toJson(element)));
      return array;
    }
    if (value instanceof float[] vector) {
      ArrayNode array = NODES.arrayNode(vector.length);
      for (float element : vector) {
        array.add(toJson(element));
      }
      return array;
    }
    throw new OmniGraphException(
        ErrorCode.INTERNAL_ERROR, "unexpected result value of " + value.getClass().getName());
  }
}
