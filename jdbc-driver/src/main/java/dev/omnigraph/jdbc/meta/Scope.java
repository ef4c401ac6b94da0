package dev.omnigraph.jdbc.meta;

import dev.omnigraph.engine.meta.GraphMetadata;
import dev.omnigraph.engine.meta.NamePattern;
import dev.omnigraph.engine.meta.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;

/**
 * What one connection's metadata describes: the graph, which is the only catalog, named
 * {@code catalog}, and its branches, which are the schemas. Resolves the catalog, schema and
 * table arguments of metadata methods: null means any; {@code ""} means "without a catalog/schema",
 * which nothing here is, so it matches nothing; anything else is a {@code LIKE} pattern.
 * Immutable and thread-safe.
 *
 * @param catalog the graph directory's file name
 * @param graph the graph's tables, the same on every branch
 * @param branches the graph's current branches, read at each call (a branch created by another
 *     handle shows at once)
 */
public record Scope(String catalog, GraphMetadata graph, Branches branches) {

  /** Lists the graph's branches; a remote graph's listing can fail. */
  @FunctionalInterface
  public interface Branches {
    /** @throws SQLException when the branches cannot be read (a lost server connection) */
    List<String> list() throws SQLException;
  }

  /** A table of one schema (branch). */
  record SchemaTable(String schema, TableInfo table) {}

  /** True when {@code catalogPattern} selects this graph. */
  boolean catalogMatches(String catalogPattern) {
    return NamePattern.of(catalogPattern).matches(catalog);
  }

  /** The schemas (branches) {@code catalogPattern} and {@code schemaPattern} select, sorted. */
  List<String> schemas(String catalogPattern, String schemaPattern) throws SQLException {
    if (!catalogMatches(catalogPattern)) {
      return List.of();
    }
    NamePattern pattern = NamePattern.of(schemaPattern);
    return branches.list().stream().filter(pattern::matches).sorted().toList();
  }

  /** The tables the three patterns select, by schema then table name. */
  List<SchemaTable> tables(String catalogPattern, String schemaPattern, String tablePattern) throws SQLException {
    NamePattern pattern = NamePattern.of(tablePattern);
    List<SchemaTable> out = new ArrayList<>();
    for (String schema : schemas(catalogPattern, schemaPattern)) {
      for (TableInfo table : graph.tables()) {
        if (pattern.matches(table.name())) {
          out.add(new SchemaTable(schema, table));
        }
      }
    }
    return out;
  }
}
