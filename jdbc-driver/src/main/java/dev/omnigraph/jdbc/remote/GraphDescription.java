package dev.omnigraph.jdbc.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.stored.StoredParam;
import dev.omnigraph.engine.stored.StoredQuery;
import dev.omnigraph.jdbc.meta.Routine;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of an OmniGraph server's {@value #ACTION} action: the graph's catalog name, its
 * {@code .pg} schema source, its branches, whether the session reads an {@code at} snapshot, and
 * its stored queries with parameter and column types (the JSON the server's
 * {@code flight.meta.GraphDescription} documents). Immutable.
 *
 * @param catalog the catalog name, e.g. {@code social}
 * @param schemaSource the {@code .pg} source, verbatim
 * @param branches the branch names, sorted
 * @param readOnly true when the session reads a snapshot
 * @param routines the stored queries as metadata lists them
 */
public record GraphDescription(String catalog, String schemaSource, List<String> branches, boolean readOnly,
    List<Routine> routines) {
  /** The action type (the server's {@code GraphDescription.ACTION}). */
  public static final String ACTION = "omnigraph.describe";

  private static final ObjectMapper JSON = new ObjectMapper();

  public GraphDescription {
    branches = List.copyOf(branches);
    routines = List.copyOf(routines);
  }

  /**
   * Reads the action's JSON body.
   *
   * @throws SQLException SQLSTATE {@code 08001} when it is not the JSON described (the server is
   *     not an OmniGraph server of this version)
   */
  public static GraphDescription parse(byte[] json) throws SQLException {
    try {
      JsonNode root = JSON.readTree(json);
      List<String> branches = new ArrayList<>();
      root.required("branches").forEach(branch -> branches.add(branch.asText()));
      List<Routine> routines = new ArrayList<>();
      for (JsonNode query : root.required("queries")) {
        List<StoredParam> params = new ArrayList<>();
        for (JsonNode param : query.required("params")) {
          params.add(StoredParam.of(new ParamDecl(param.required("name").asText(),
              WireColumns.parse(param.required("type").asText()))));
        }
        List<ResultColumn> columns = new ArrayList<>();
        for (JsonNode column : query.required("columns")) {
          columns.add(new ResultColumn(column.required("name").asText(), WireColumns.parse(column.required("type").asText()),
              text(column.get("table"))));
        }
        StoredQuery stored = new StoredQuery(query.required("name").asText(), text(query.get("description")),
            text(query.get("instruction")), query.required("mutation").asBoolean(), params, text(query.get("file")));
        routines.add(new Routine(stored, columns));
      }
      return new GraphDescription(root.required("catalog").asText(), root.required("schema").asText(), branches,
          root.required("readOnly").asBoolean(), routines);
    } catch (IOException | IllegalArgumentException e) {
      throw new SQLException("the server's " + ACTION + " answer is not the JSON this driver reads (" + e.getMessage()
          + "); connect to an OmniGraph server of the driver's version", "08001", e);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
