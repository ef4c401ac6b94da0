package dev.omnigraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.stored.StoredParam;
import dev.omnigraph.engine.stored.StoredQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph queries list <graph> [--json]}: prints the graph's stored queries sorted by
 * name, one a line as {@code name(params) [mutation] — description}:
 *
 * <pre>
 * add_person($name: String) [mutation]
 * get_person($name: String) — One person by name
 * </pre>
 *
 * With {@code --json}, the catalog of {@code surface.md} §5 instead: {@code {"queries": [{"name",
 * "description"?, "instruction"?, "mutation", "params": [{"name", "kind", "item_kind"?,
 * "vector_dim"?, "nullable"}]}]}}, absent values left out. A graph without stored queries prints
 * nothing (or {@code {"queries":[]}}).
 *
 * <p>Fails (exit 1) with {@code NOT_FOUND} for a missing graph, and as opening the graph does when
 * a registered file no longer checks.
 */
@Command(name = "list", description = "List the stored queries of a graph.")
final class QueriesListCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @Option(names = "--json", description = "Print the query catalog as JSON.")
  private boolean json;

  /** Prints the stored queries; returns exit code 0. */
  @Override
  public Integer call() {
    List<StoredQuery> queries;
    try (Graph opened = Graph.open(graph)) {
      queries = opened.storedQueries();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(catalog(queries));
    } else {
      queries.forEach(query -> out.println(line(query)));
    }
    out.flush();
    return 0;
  }

  /** The text line of one query: {@code name(params) [mutation] — description}. */
  static String line(StoredQuery query) {
    StringBuilder line = new StringBuilder(query.signature());
    if (query.mutation()) {
      line.append(" [mutation]");
    }
    if (query.description() != null) {
      line.append(" \u2014 ").append(query.description());
    }
    return line.toString();
  }

  /** The JSON catalog of {@code surface.md} §5 for {@code queries}. */
  static ObjectNode catalog(List<StoredQuery> queries) {
    JsonNodeFactory factory = JsonNodeFactory.instance;
    ArrayNode entries = factory.arrayNode();
    for (StoredQuery query : queries) {
      ObjectNode entry = entries.addObject();
      entry.put("name", query.name());
      if (query.description() != null) {
        entry.put("description", query.description());
      }
      if (query.instruction() != null) {
        entry.put("instruction", query.instruction());
      }
      entry.put("mutation", query.mutation());
      ArrayNode params = entry.putArray("params");
      for (StoredParam param : query.params()) {
        ObjectNode p = params.addObject();
        p.put("name", param.name());
        p.put("kind", param.kind().wireName());
        if (param.itemKind() != null) {
          p.put("item_kind", param.itemKind().wireName());
        }
        if (param.vectorDim() > 0) {
          p.put("vector_dim", param.vectorDim());
        }
        p.put("nullable", param.nullable());
      }
    }
    ObjectNode root = factory.objectNode();
    root.set("queries", entries);
    return root;
  }
}
