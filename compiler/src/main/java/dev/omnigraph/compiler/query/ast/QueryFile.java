package dev.omnigraph.compiler.query.ast;

import java.util.List;

/** The parsed contents of a {@code .gq} source: its query declarations in order. */
public record QueryFile(String source, List<Query> queries) {
  public QueryFile {
    queries = List.copyOf(queries);
  }
}
