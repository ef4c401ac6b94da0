package dev.omnigraph.engine.mutate;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.compiler.sql.PlannedSqlModify;
import dev.omnigraph.compiler.value.ValueCoercion;
import dev.omnigraph.engine.load.Ulid;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.engine.validate.ChangeSet;
import dev.omnigraph.engine.validate.ChangeValidator;
import dev.omnigraph.engine.validate.TableDelta;
import dev.omnigraph.engine.validate.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the source rows of a SQL {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * ({@link PlannedSqlModify}) into the pending change of one write, with the rules of {@code .gq}
 * mutations ({@link MutationPlanner}), then validates it with {@link ChangeValidator}:
 *
 * <ul>
 *   <li>insert of a node: its id is the {@code @key} text ({@code id}, when given, must equal it;
 *       a stored key is replaced whole), or for a type without {@code @key} the given id or a
 *       fresh ULID; of an edge, the given id or a fresh ULID, from {@code src} to {@code dst}
 *       (node ids, required);
 *   <li>update: each matched row put with the new values; a node's {@code @key} properties
 *       cannot change (the id is the key), an edge's {@code src}/{@code dst} can;
 *   <li>delete: each matched row deleted, a node's edges with it (the cascade of {@code .gq}
 *       deletes).
 * </ul>
 *
 * Values are narrowed to the column's stored type as {@code .gq} assignments are; errors are
 * located at {@code at} (the statement). Not thread-safe; one per prepare attempt.
 */
public final class SqlChangePlanner {
  private final Catalog catalog;
  private final BaseTables base;
  private final SourceLocation at;
  private final ChangeSet changes = new ChangeSet();
  private long affectedNodes;
  private long affectedEdges;

  private SqlChangePlanner(Catalog catalog, BaseTables base, SourceLocation at) {
    this.catalog = catalog;
    this.base = base;
    this.at = at;
  }

  /**
   * Plans the change of {@code statement} whose source plan produced {@code rows}.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException at {@code at}: {@code DATA_ERROR} for a
   *     value that does not fit its column, a null {@code @key} member or endpoint, an {@code id}
   *     that is not the {@code @key} text, an update of a {@code @key} property;
   *     {@code CONSTRAINT_VIOLATION} as {@link ChangeValidator} says
   */
  public static MutationPlan plan(Catalog catalog, PlannedSqlModify statement, List<Object[]> rows, BaseTables base,
      SourceLocation at) {
    SqlChangePlanner planner = new SqlChangePlanner(catalog, base, at);
    switch (statement.operation()) {
      case INSERT -> rows.forEach(row -> planner.insert(statement.table(), row));
      case UPDATE -> planner.update(statement.table(), statement.updatedColumns(), rows);
      case DELETE -> planner.delete(statement.table(), rows);
    }
    ChangeValidator.validate(catalog, base, planner.changes);
    return new MutationPlan(planner.changes.toPlan(base), planner.affectedNodes, planner.affectedEdges);
  }

  private void insert(GraphType type, Object[] source) {
    Object[] row = stored(type, source);
    TableDelta delta = changes.table(type);
    if (type instanceof EdgeType) {
      for (int endpoint = 1; endpoint <= 2; endpoint++) {
        if (row[endpoint] == null) {
          throw Violations.data(at, "edge insert endpoint '" + TableColumns.names(type).get(endpoint) + "' cannot be null");
        }
      }
    }
    if (type instanceof NodeType node && !node.key().isEmpty()) {
      String key = MutationPlanner.keyId(node, row, at);
      if (row[0] != null && !row[0].equals(key)) {
        throw Violations.data(at, "id '" + row[0] + "' of a " + type.name() + " row must be its @key text '" + key
            + "' (or left out)");
      }
      row[0] = key;
    } else if (row[0] == null) {
      row[0] = Ulid.next();
    }
    if (base.existingIds(type, List.of((String) row[0])).isEmpty()) {
      delta.putNew(row, at);
    } else {
      delta.put(row, at);
    }
    count(type, 1);
  }

  private void update(GraphType type, List<String> columns, List<Object[]> sources) {
    int width = TableColumns.names(type).size();
    TableDelta delta = changes.table(type);
    for (Object[] source : sources) {
      Object[] row = stored(type, source);
      for (int i = 0; i < columns.size(); i++) {
        int column = TableColumns.indexOf(type, columns.get(i));
        Object value = coerce(type, column, source[width + i]);
        if (type instanceof NodeType node && node.key().contains(columns.get(i)) && !Objects.equals(row[column], value)) {
          throw Violations.data(at, "UPDATE cannot change @key property '" + columns.get(i) + "' of " + type.name()
              + " '" + row[0] + "': the key is the row's id; delete the row and insert it again");
        }
        row[column] = value;
      }
      delta.put(row, at);
    }
    count(type, sources.size());
  }

  private void delete(GraphType type, List<Object[]> sources) {
    TableDelta delta = changes.table(type);
    Set<String> deleted = new HashSet<>();
    for (Object[] row : sources) {
      if (delta.delete(row, at)) {
        deleted.add((String) row[0]);
      }
    }
    count(type, deleted.size());
    if (type instanceof NodeType node && !deleted.isEmpty()) {
      affectedEdges += EdgeCascade.delete(catalog, base, changes, node, deleted, at);
    }
  }

  /** A source row narrowed to the table's stored column types. */
  private Object[] stored(GraphType type, Object[] source) {
    Object[] row = new Object[TableColumns.names(type).size()];
    for (int column = 0; column < row.length; column++) {
      row[column] = coerce(type, column, source[column]);
    }
    return row;
  }

  private Object coerce(GraphType type, int column, Object value) {
    PropType declared = TableColumns.types(type).get(column);
    try {
      return ValueCoercion.coerce(value, new PropType(declared.scalar(), declared.list(), true, null, declared.vectorDim()));
    } catch (IllegalArgumentException e) {
      throw Violations.data(at, "column '" + TableColumns.names(type).get(column) + "': " + e.getMessage());
    }
  }

  private void count(GraphType type, long rows) {
    if (type instanceof EdgeType) {
      affectedEdges += rows;
    } else {
      affectedNodes += rows;
    }
  }
}
