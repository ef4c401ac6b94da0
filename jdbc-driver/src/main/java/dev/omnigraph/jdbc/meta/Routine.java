package dev.omnigraph.jdbc.meta;

import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.stored.StoredQuery;
import java.util.List;

/**
 * A stored query as metadata lists it: its catalog descriptor and its result columns (empty for
 * a mutation, which returns an update count instead of rows).
 */
public record Routine(StoredQuery query, List<ResultColumn> columns) {
  public Routine {
    columns = List.copyOf(columns);
  }
}
