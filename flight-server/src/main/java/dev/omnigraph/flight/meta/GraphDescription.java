package dev.omnigraph.flight.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.stored.StoredParam;
import dev.omnigraph.engine.stored.StoredQuery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.flight.ActionType;

/**
 * The answer of the custom action {@value #ACTION} ({@code DoAction}, empty body): one JSON object
 * describing the served graph, enough for a client to rebuild the JDBC {@code DatabaseMetaData}
 * the embedded driver gives (OmniGraph's remote JDBC driver does):
 *
 * <pre>
 * {"catalog": "social",                       the catalog name (GetCatalogs)
 *  "schema": "node Person { ... }",           the .pg source, verbatim
 *  "branches": ["feature", "main"],           the branches (schemas), sorted
 *  "readOnly": false,                         true when the session reads an `at` snapshot
 *  "queries": [{"name": "friends_of", "description": null, "instruction": null,
 *               "mutation": false, "file": "queries.gq",
 *               "params": [{"name": "slug", "type": "String"}],
 *               "columns": [{"name": "f.name", "type": "String", "table": "Person"}]}]}
 * </pre>
 *
 * Types are {@code .pg} type text ({@code PropType.toString()}); a column's {@code table} is null
 * for a computed column; a mutation has no columns. Stateless.
 */
public final class GraphDescription {
  /** The action type. */
  public static final String ACTION = "omnigraph.describe";
  /** The action as {@code ListActions} announces it. */
  public static final ActionType TYPE = new ActionType(ACTION,
      "OmniGraph: the graph's catalog name, .pg schema source, branches and stored queries, as UTF-8 JSON");

  private static final ObjectMapper JSON = new ObjectMapper();

  private GraphDescription() {}

  /**
   * The description of {@code scope}'s graph as the caller sees it through {@code handle} (its
   * session's branch or snapshot), UTF-8 JSON.
   *
   * @throws OmniGraphException as preparing a stored read query reports
   */
  public static byte[] describe(GraphScope scope, Graph handle) {
    ObjectNode root = JSON.createObjectNode();
    root.put("catalog", scope.catalog());
    root.put("schema", handle.catalog().source());
    ArrayNode branches = root.putArray("branches");
    scope.schemas(null).forEach(branches::add);
    root.put("readOnly", handle.isReadOnly());
    ArrayNode queries = root.putArray("queries");
    for (StoredQuery query : handle.storedQueries()) {
      ObjectNode out = queries.addObject();
      out.put("name", query.name());
      out.put("description", query.description());
      out.put("instruction", query.instruction());
      out.put("mutation", query.mutation());
      out.put("file", query.file());
      ArrayNode params = out.putArray("params");
      for (StoredParam param : query.params()) {
        params.addObject().put("name", param.name()).put("type", param.type().toString());
      }
      ArrayNode columns = out.putArray("columns");
      List<ResultColumn> resultColumns = query.mutation() ? List.of() : handle.prepareStored(query.name()).columns();
      for (ResultColumn column : resultColumns) {
        columns.addObject().put("name", column.name()).put("type", column.type().toString()).put("table", column.tableName());
      }
    }
    try {
      return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, "cannot write the graph description: " + e.getMessage());
    }
  }
}
