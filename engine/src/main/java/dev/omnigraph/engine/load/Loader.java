package dev.omnigraph.engine.load;

import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.engine.LoadResult;
import dev.omnigraph.engine.write.TableWrite;
import dev.omnigraph.compiler.schema.GraphType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Plans an append load ({@code pg-schema.md} §7): parse, build typed rows, validate across
 * records; the caller then hands {@link Plan#writes()} to the staged writer. Throws before any
 * write when anything is wrong.
 */
public final class Loader {
  private Loader() {}

  /** A validated load: the rows per table and the counts to report. */
  public record Plan(List<TableWrite> writes, LoadResult result) {}

  /**
   * @param committedIds the ids stored in a table at the load's base version
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code DATA_ERROR} naming source:line
   */
  public static Plan plan(Catalog catalog, String jsonl, String source, Function<GraphType, Set<String>> committedIds) {
    List<JsonlRecord> records = JsonlParser.parse(jsonl, source);
    Map<String, TableRows> tables = new RowBuilder(catalog, source).build(records);
    new LoadValidator(catalog, source, committedIds).validate(tables);
    List<TableWrite> writes = new ArrayList<>();
    Map<String, Long> nodes = new LinkedHashMap<>();
    Map<String, Long> edges = new LinkedHashMap<>();
    for (TableRows table : tables.values()) {
      writes.add(new TableWrite(table.type, table.rows));
      (table.type instanceof EdgeType ? edges : nodes).put(table.type.name(), (long) table.rows.size());
    }
    return new Plan(writes, new LoadResult(nodes, edges));
  }
}
