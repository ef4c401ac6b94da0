package dev.omnigraph.engine.mutate;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.check.CheckedMutation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.compiler.value.KeyText;
import dev.omnigraph.engine.load.Ulid;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.engine.validate.ChangeSet;
import dev.omnigraph.engine.validate.ChangeValidator;
import dev.omnigraph.engine.validate.RowFilter;
import dev.omnigraph.engine.validate.TableDelta;
import dev.omnigraph.engine.validate.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs a checked mutation's statements, in order, against a staged view of the graph — the
 * committed tables at the write's base plus the rows earlier statements put — and validates the
 * result ({@code gq-language.md} §9):
 *
 * <ul>
 *   <li>{@code insert} of a node puts a whole row: its id is the {@code @key} text (an existing
 *       key is an upsert that replaces the row, unassigned properties becoming null) or a fresh
 *       ULID; of an edge, a new row with a fresh ULID from {@code from} to {@code to} (node ids).
 *       1 affected row per statement.
 *   <li>{@code update} matches {@code where} against the pending rows and the committed rows they
 *       do not shadow (read-your-writes), and puts each matched row with the assignments applied;
 *       affected = matched rows.
 *   <li>{@code delete} matches committed rows only (a destructive mutation has no pending rows,
 *       and all its statements see the same snapshot) and cascades a node delete to every edge
 *       whose {@code src} or {@code dst} is a deleted id; rows are counted once however many
 *       statements reach them.
 * </ul>
 *
 * {@code where} compares with SQL null logic (a null matches nothing) and the read path's value
 * order. Not thread-safe; one per prepare attempt.
 */
public final class MutationPlanner {
  private final Catalog catalog;
  private final BaseTables base;
  private final StatementValues values;
  private final ChangeSet changes = new ChangeSet();
  private long affectedNodes;
  private long affectedEdges;

  private MutationPlanner(Catalog catalog, BaseTables base, StatementValues values) {
    this.catalog = catalog;
    this.base = base;
    this.values = values;
  }

  /**
   * Plans {@code mutation} with parameter values {@code params} (by name, coerced to their declared
   * types) and {@code now()} = {@code now}.
   *
   * @throws OmniGraphException at the offending statement: {@code DATA_ERROR} for a value that does
   *     not fit its property, a null {@code @key} or endpoint, a missing non-nullable value;
   *     {@code TYPE_ERROR} for a {@code where} that cannot compare its operands;
   *     {@code CONSTRAINT_VIOLATION} as {@link ChangeValidator} says
   */
  public static MutationPlan plan(Catalog catalog, CheckedMutation mutation, Map<String, Object> params, Instant now, BaseTables base) {
    MutationPlanner planner = new MutationPlanner(catalog, base, new StatementValues(params, now));
    for (CheckedMutation.Statement statement : mutation.statements()) {
      planner.run(statement);
    }
    ChangeValidator.validate(catalog, base, planner.changes);
    return new MutationPlan(planner.changes.toPlan(base), planner.affectedNodes, planner.affectedEdges);
  }

  private void run(CheckedMutation.Statement statement) {
    SourceLocation at = statement.source().at();
    if (statement instanceof CheckedMutation.Insert insert) {
      insert(insert, at);
    } else if (statement instanceof CheckedMutation.Update update) {
      update(update, at);
    } else {
      delete((CheckedMutation.Delete) statement, at);
    }
  }

  private void insert(CheckedMutation.Insert insert, SourceLocation at) {
    GraphType type = insert.target();
    int offset = type instanceof EdgeType ? 3 : 1;
    Object[] row = new Object[offset + type.properties().size()];
    for (CheckedMutation.Assignment assignment : insert.assignments()) {
      if (type instanceof EdgeType && (assignment.property().equals("from") || assignment.property().equals("to"))) {
        Object endpoint = values.raw(assignment.value());
        if (endpoint == null) {
          throw Violations.data(at, "edge insert endpoint '" + assignment.property() + "' cannot be null");
        }
        row[assignment.property().equals("from") ? 1 : 2] = endpoint;
      } else {
        row[TableColumns.indexOf(type, assignment.property())] =
            values.stored(assignment.value(), assignment.propertyType(), assignment.property(), at);
      }
    }
    if (type instanceof NodeType node && !node.key().isEmpty()) {
      row[0] = keyId(node, row, at);
      // A key not stored at the base is a plain insert: the engine then skips its replace lookup.
      if (base.existingIds(type, List.of((String) row[0])).isEmpty()) {
        changes.table(type).putNew(row, at);
      } else {
        changes.table(type).put(row, at);
      }
    } else {
      row[0] = Ulid.next();
      changes.table(type).putNew(row, at);
    }
    if (type instanceof EdgeType) {
      affectedEdges++;
    } else {
      affectedNodes++;
    }
  }

  /**
   * The id of a node row of a keyed type: its {@code @key} text ({@code gq-language.md} §9.2).
   *
   * @throws OmniGraphException {@code DATA_ERROR} at {@code at} for a null key member
   */
  static String keyId(NodeType type, Object[] row, SourceLocation at) {
    List<String> members = new ArrayList<>();
    for (String property : type.key()) {
      int column = TableColumns.indexOf(type, property);
      if (row[column] == null) {
        throw Violations.data(at, "insert @key property '" + property + "' cannot contain null");
      }
      try {
        members.add(KeyText.of(row[column], type.property(property).orElseThrow().type()));
      } catch (IllegalArgumentException e) {
        throw Violations.data(at, "@key property '" + property + "': " + e.getMessage());
      }
    }
    return members.size() == 1 ? members.get(0) : KeyText.composite(members);
  }

  private void update(CheckedMutation.Update update, SourceLocation at) {
    NodeType type = update.target();
    Object[] assigned = new Object[TableColumns.names(type).size()];
    List<Integer> columns = new ArrayList<>();
    for (CheckedMutation.Assignment assignment : update.assignments()) {
      int column = TableColumns.indexOf(type, assignment.property());
      assigned[column] = values.stored(assignment.value(), assignment.propertyType(), assignment.property(), at);
      columns.add(column);
    }
    TableDelta delta = changes.table(type);
    for (Object[] match : pendingView(type, filter(type, update.where()), delta, at)) {
      Object[] row = match.clone();
      columns.forEach(column -> row[column] = assigned[column]);
      delta.put(row, at);
      affectedNodes++;
    }
  }

  /** Rows matching {@code filter} among the pending rows and the committed rows they do not shadow. */
  private List<Object[]> pendingView(GraphType type, RowFilter filter, TableDelta delta, SourceLocation at) {
    List<Object[]> out = new ArrayList<>();
    if (filter == null) {
      return out;
    }
    comparing(at, () -> {
      base.scan(type, filter, row -> {
        if (!delta.puts().containsKey((String) row[0])) {
          out.add(row);
        }
      });
      Predicate<Object[]> test = filter.predicate(type);
      delta.puts().values().stream().filter(test).forEach(out::add);
    });
    return out;
  }

  private void delete(CheckedMutation.Delete delete, SourceLocation at) {
    GraphType type = delete.target();
    RowFilter filter = filter(type, delete.where());
    List<Object[]> matches = new ArrayList<>();
    if (filter != null) {
      comparing(at, () -> base.scan(type, filter, matches::add));
    }
    TableDelta delta = changes.table(type);
    Set<String> deleted = new HashSet<>();
    for (Object[] row : matches) {
      if (delta.delete(row, at)) {
        deleted.add((String) row[0]);
      }
    }
    if (type instanceof EdgeType) {
      affectedEdges += deleted.size();
      return;
    }
    affectedNodes += deleted.size();
    if (!deleted.isEmpty()) {
      affectedEdges += EdgeCascade.delete(catalog, base, changes, (NodeType) type, deleted, at);
    }
  }

  /** The stored-column filter of {@code where}, or null when its value is null (SQL null matches nothing). */
  private RowFilter filter(GraphType type, CheckedMutation.Predicate where) {
    Object value = values.raw(where.value());
    if (value == null) {
      return null;
    }
    String column = switch (where.property()) {
      case "from" -> type instanceof EdgeType ? "src" : "from";
      case "to" -> type instanceof EdgeType ? "dst" : "to";
      default -> where.property();
    };
    return new RowFilter.Compare(column, where.operator(), value);
  }

  /** Runs a read that compares stored values, reporting an incomparable pair as a {@code TYPE_ERROR} at the statement. */
  private static void comparing(SourceLocation at, Runnable read) {
    try {
      read.run();
    } catch (IllegalArgumentException e) {
      throw new OmniGraphException(ErrorCode.TYPE_ERROR, at, "cannot evaluate the where predicate: " + e.getMessage());
    }
  }
}
