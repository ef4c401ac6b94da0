package dev.omnigraph.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code --params '<json object>'} into the JSON-shaped values that
 * {@link dev.omnigraph.engine.PreparedQuery#execute} coerces ({@code gq-language.md} §10.4).
 *
 * <p>Mapping: string → {@link String}; integer → {@link Integer} when it fits 32 bits, else
 * {@link Long}; any other number → {@link Double}; boolean → {@link Boolean}; array →
 * {@link List} of mapped elements; null → null. Duplicate keys and trailing text are rejected.
 * Thread-safe.
 */
final class ParamsParser {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private ParamsParser() {}

  /**
   * Parses the option's value.
   *
   * @param json the {@code --params} text, or null when the option was not given
   * @return values by parameter name (without {@code $}) in the object's order; empty for null
   *     input or a JSON {@code null}; unmodifiable, may hold null values
   * @throws OmniGraphException {@code INVALID_PARAMETER} naming {@code --params} when the text is
   *     not JSON, not an object, or holds an object value or an integer beyond 64 bits
   */
  static Map<String, Object> parse(String json) {
    if (json == null) {
      return Map.of();
    }
    JsonNode root = readTree(json);
    if (root.isNull()) {
      return Map.of();
    }
    if (!root.isObject()) {
      throw invalid("--params must be a JSON object such as {\"name\": \"Ada\"}, got " + kind(root));
    }
    Map<String, Object> params = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(field -> params.put(field.getKey(), value(field.getKey(), field.getValue())));
    return Collections.unmodifiableMap(params);
  }

  private static JsonNode readTree(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw invalid("--params is empty; pass a JSON object such as {\"name\": \"Ada\"}");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw invalid("--params is not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private static Object value(String name, JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        throw invalid("--params: '" + name + "' is beyond the 64-bit integer range: " + node);
      }
      return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isArray()) {
      List<Object> elements = new ArrayList<>(node.size());
      node.elements().forEachRemaining(element -> elements.add(value(name, element)));
      return Collections.unmodifiableList(elements);
    }
    throw invalid(
        "--params: '" + name + "' is " + kind(node)
            + "; parameter values are strings, numbers, booleans, arrays or null");
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  private static OmniGraphException invalid(String message) {
    return new OmniGraphException(ErrorCode.INVALID_PARAMETER, message);
  }
}
