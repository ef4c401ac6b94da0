package dev.omnigraph.engine.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strict JSONL reader of {@code pg-schema.md} §7.1: exactly one JSON object per non-blank
 * line (CRLF allowed, blank lines skipped), duplicate keys rejected at any depth, node envelopes
 * with only {@code type} and {@code data}, edge envelopes with only {@code edge}, {@code from},
 * {@code to} and {@code data}. Errors name {@code source:line}.
 */
public final class JsonlParser {
  private static final Set<String> NODE_FIELDS = Set.of("type", "data");
  private static final Set<String> EDGE_FIELDS = Set.of("edge", "from", "to", "data");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonlParser() {}

  /**
   * Parses every record of {@code text}.
   *
   * @throws OmniGraphException {@code DATA_ERROR} at the first malformed line
   */
  public static List<JsonlRecord> parse(String text, String source) {
    List<JsonlRecord> records = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (!line.isBlank()) {
        records.add(parseLine(line, new SourceLocation(source, i + 1, 0)));
      }
    }
    return records;
  }

  private static JsonlRecord parseLine(String line, SourceLocation where) {
    Object value;
    try {
      value = JSON.readValue(line, Object.class);
    } catch (JsonProcessingException e) {
      throw error(where, "malformed JSON: " + e.getOriginalMessage());
    }
    if (!(value instanceof Map<?, ?> object)) {
      throw error(where, "expected a JSON object, got " + dev.omnigraph.compiler.value.ValueCoercion.describe(value));
    }
    boolean isNode = object.containsKey("type");
    boolean isEdge = object.containsKey("edge");
    if (isNode == isEdge) {
      throw error(where, "a record needs exactly one of 'type' (a node) or 'edge' (an edge)");
    }
    Set<String> allowed = isNode ? NODE_FIELDS : EDGE_FIELDS;
    for (Object key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw error(where, "unknown top-level field '" + key + "' in " + (isNode ? "a node" : "an edge")
            + " record (expected " + String.join(", ", isNode ? List.of("type", "data") : List.of("edge", "from", "to", "data")) + ")");
      }
    }
    String typeName = requireString(object, isNode ? "type" : "edge", where);
    Map<String, Object> data = data(object.get("data"), where);
    if (isNode) {
      return new JsonlRecord(where.line(), false, typeName, null, null, data);
    }
    return new JsonlRecord(where.line(), true, typeName, requireString(object, "from", where), requireString(object, "to", where), data);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Object value, SourceLocation where) {
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (!(value instanceof Map<?, ?>)) {
      throw error(where, "'data' must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  private static String requireString(Map<?, ?> object, String field, SourceLocation where) {
    Object value = object.get(field);
    if (!(value instanceof String s)) {
      throw error(where, "'" + field + "' must be a string, got " + dev.omnigraph.compiler.value.ValueCoercion.describe(value));
    }
    return s;
  }

  static OmniGraphException error(SourceLocation where, String message) {
    return new OmniGraphException(ErrorCode.DATA_ERROR, where, message);
  }

}
