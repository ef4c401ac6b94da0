package dev.omnigraph.flight.meta;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.meta.GraphMetadata;
import dev.omnigraph.engine.meta.NamePattern;
import dev.omnigraph.engine.meta.TableInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the metadata commands describe: one catalog, named after the graph directory, whose
 * schemas are the graph's branches ({@code main} first, then the others by name; read at each
 * call, so branches created while the server runs show up) and whose tables are the node and edge
 * types ({@link GraphMetadata}). Every branch holds the same tables. Immutable and thread-safe.
 *
 * @param catalog the catalog name, e.g. {@code social} for a graph at {@code /data/social}
 * @param metadata the graph's tables
 * @param branches the graph's current branches
 */
public record GraphScope(String catalog, GraphMetadata metadata, Supplier<List<String>> branches) {

  /** The scope of {@code graph}. */
  public static GraphScope of(Graph graph) {
    Path absolute = graph.root().toAbsolutePath().normalize();
    String name = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
    return new GraphScope(name, new GraphMetadata(graph.catalog()), graph::branches);
  }

  /** True when a command's catalog filter admits this catalog: absent, or exactly its name. */
  public boolean catalogMatches(String filter) {
    return filter == null || filter.equals(catalog);
  }

  /** The branches whose names match the {@code LIKE} pattern (null: all), in name order. */
  public List<String> schemas(String pattern) {
    NamePattern match = NamePattern.of(pattern);
    return branches.get().stream().filter(match::matches).sorted().toList();
  }

  /** True when {@code schema} is absent or the exact name of a branch. */
  public boolean schemaExists(String schema) {
    return schema == null || branches.get().contains(schema);
  }

  /** The tables whose names match the {@code LIKE} pattern (null: all), in name order. */
  public List<TableInfo> tables(String pattern) {
    NamePattern match = NamePattern.of(pattern);
    return metadata.tables().stream().filter(t -> match.matches(t.name())).toList();
  }
}
