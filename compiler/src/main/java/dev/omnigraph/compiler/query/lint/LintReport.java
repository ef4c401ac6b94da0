package dev.omnigraph.compiler.query.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of {@link QueryLint#lint} ({@code gq-language.md} §8).
 *
 * @param status {@link #OK} or {@link #ERROR}; error iff {@code errors > 0}
 * @param queryPath the source name the file was linted under
 * @param queriesProcessed the number of query declarations (0 when the file does not parse)
 * @param errors failed queries plus error findings
 * @param warnings per-query warnings plus warning findings
 * @param infos info findings (none are produced today)
 * @param results one per query declaration, in source order
 * @param findings file-level findings sorted by severity, type, property, message
 */
public record LintReport(
    String status,
    String queryPath,
    int queriesProcessed,
    int errors,
    int warnings,
    int infos,
    List<QueryResult> results,
    List<Finding> findings) {

  public static final String OK = "ok";
  public static final String ERROR = "error";

  public LintReport {
    results = List.copyOf(results);
    findings = List.copyOf(findings);
  }

  /** True when {@link #status()} is {@link #ERROR}. */
  public boolean failed() {
    return ERROR.equals(status);
  }

  /**
   * The lint of one query declaration.
   *
   * @param kind {@code read} or {@code mutation}
   * @param status {@code ok} or {@code error}
   * @param warnings per-query warnings, possibly empty
   * @param error the check's message ({@code file:line:column: T11: ...}) when status is error, else null
   */
  public record QueryResult(String name, String kind, String status, List<String> warnings, String error) {
    public QueryResult {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A file-level finding.
   *
   * @param severity {@code error}, {@code warning} or {@code info}
   * @param code {@code Q000} (parse failure) or {@code L201} (update coverage)
   * @param typeName the node type the finding is about, or null
   * @param property the property the finding is about, or null
   * @param queries the queries the finding is about, sorted; possibly empty
   */
  public record Finding(String severity, String code, String message, String typeName, String property, List<String> queries) {
    public Finding {
      queries = List.copyOf(queries);
    }
  }

  /**
   * The report as pretty-printed JSON with the reference's snake_case field names
   * ({@code queries_processed}, {@code type_name}, {@code query_names}); empty warning and query
   * lists and absent values are omitted as the reference does.
   */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("status", status);
    root.put("query_path", queryPath);
    root.put("queries_processed", queriesProcessed);
    root.put("errors", errors);
    root.put("warnings", warnings);
    root.put("infos", infos);
    ArrayNode resultArray = root.putArray("results");
    for (QueryResult result : results) {
      ObjectNode node = resultArray.addObject();
      node.put("name", result.name());
      node.put("kind", result.kind());
      node.put("status", result.status());
      if (!result.warnings().isEmpty()) {
        ArrayNode list = node.putArray("warnings");
        result.warnings().forEach(list::add);
      }
      if (result.error() != null) {
        node.put("error", result.error());
      }
    }
    ArrayNode findingArray = root.putArray("findings");
    for (Finding finding : findings) {
      ObjectNode node = findingArray.addObject();
      node.put("severity", finding.severity());
      node.put("code", finding.code());
      node.put("message", finding.message());
      if (finding.typeName() != null) {
        node.put("type_name", finding.typeName());
      }
      if (finding.property() != null) {
        node.put("property", finding.property());
      }
      if (!finding.queries().isEmpty()) {
        ArrayNode list = node.putArray("query_names");
        finding.queries().forEach(list::add);
      }
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
