package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.TableColumns;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.sql.SqlNode;

/**
 * Plans one SQL {@code INSERT}, {@code UPDATE} or {@code DELETE} over a {@link SqlCatalog}: Calcite
 * parses and validates it (column names, value types, {@code ?} marker types; a row must give
 * every non-nullable column but {@code id}, see {@link GraphColumnDefaults}), converts it to a
 * {@code TableModify}, and its source rows are optimized as a query is ({@link SqlSession}), so
 * a {@code WHERE} on the key reaches the Lance scan. The statement writes the planning handle's
 * branch and reads only that branch. {@code id} cannot be updated (a row's identity is its
 * {@code @key} or its generated id). Stateless and thread-safe.
 */
public final class SqlModifyPlanner {
  private SqlModifyPlanner() {}

  /**
   * Plans {@code sql}.
   *
   * @param sourceName how error locations name the text, e.g. {@code <statement>}
   * @throws OmniGraphException {@code SYNTAX_ERROR}, {@code NOT_FOUND} or {@code TYPE_ERROR} at
   *     {@code sourceName:line:column}; {@code UNSUPPORTED} for other statements ({@code MERGE},
   *     queries), for naming another branch, for {@code SET id = ...}
   */
  public static PlannedSqlModify plan(String sql, String sourceName, SqlCatalog catalog) {
    SqlNode parsed = SqlSession.parse(sql, sourceName);
    PlannedSqlModify.Operation operation = switch (parsed.getKind()) {
      case INSERT -> PlannedSqlModify.Operation.INSERT;
      case UPDATE -> PlannedSqlModify.Operation.UPDATE;
      case DELETE -> PlannedSqlModify.Operation.DELETE;
      default -> throw new OmniGraphException(ErrorCode.UNSUPPORTED, "SQL " + parsed.getKind().sql
          + " statements are not supported as updates; use INSERT, UPDATE or DELETE");
    };
    SqlSession session = new SqlSession(catalog);
    SqlNode validated = session.validate(parsed, sourceName);
    TableModify modify = (TableModify) session.converter.convertQuery(validated, false, true).rel;
    GraphTable table = modify.getTable().unwrap(GraphTable.class);
    List<String> name = modify.getTable().getQualifiedName();
    String target = name.get(name.size() - 2);
    if (!target.equalsIgnoreCase(catalog.branch())) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, "SQL writes go to the connection's branch '" + catalog.branch()
          + "', not '" + target + "'; switch to '" + target + "' (Connection.setSchema) to write there");
    }
    List<String> updated = operation == PlannedSqlModify.Operation.UPDATE ? modify.getUpdateColumnList() : List.of();
    for (String column : updated) {
      if (TableColumns.indexOf(table.type(), column) == 0) {
        throw new OmniGraphException(ErrorCode.UNSUPPORTED, "UPDATE cannot set id: a row's id is its @key or the id it was"
            + " inserted with; delete the row and insert it again");
      }
    }
    RelNode source = session.optimize(modify.getInput());
    String read = catalog.branchRead(session.branchesRead());
    if (read != null) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, "a SQL write reads the branch it writes, '" + catalog.branch()
          + "', not '" + read + "'");
    }
    List<PropType> parameters = session.parameters(validated);
    SqlSession.Slotted slotted = session.slot(source, parameters);
    return new PlannedSqlModify(sql, operation, table.type(), slotted.plan(), slotted.slots(), parameters, updated);
  }
}
