package dev.omnigraph.jdbc.meta;

import java.sql.SQLException;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.meta.TableIndex;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of {@code getIndexInfo}: per selected table its primary key, the unique {@code id}
 * of a keyed node table, and the schema's {@code @unique} and {@code @index} constraints
 * ({@link dev.omnigraph.engine.meta.TableIndex}), one row per indexed column. Every index is
 * {@link DatabaseMetaData#tableIndexOther} with unknown cardinality and pages; ordered by
 * NON_UNIQUE, TYPE, INDEX_NAME and ORDINAL_POSITION as JDBC asks.
 */
public final class IndexRows {
  static final List<ResultColumn> INDEX_INFO = List.of(Col.text("TABLE_CAT"), Col.text("TABLE_SCHEM"),
      Col.text("TABLE_NAME"), Col.bool("NON_UNIQUE"), Col.text("INDEX_QUALIFIER"), Col.text("INDEX_NAME"),
      Col.integer("TYPE"), Col.integer("ORDINAL_POSITION"), Col.text("COLUMN_NAME"), Col.text("ASC_OR_DESC"),
      Col.bigint("CARDINALITY"), Col.bigint("PAGES"), Col.text("FILTER_CONDITION"));

  private IndexRows() {}

  /** The indexes of the selected tables; only unique ones when {@code unique}. */
  public static QueryResult indexInfo(Scope scope, String catalog, String schemaPattern, String tablePattern,
      boolean unique) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Scope.SchemaTable t : scope.tables(catalog, schemaPattern, tablePattern)) {
      for (TableIndex index : t.table().indexes()) {
        if (unique && !index.unique()) {
          continue;
        }
        for (int i = 0; i < index.columns().size(); i++) {
          rows.add(new Object[] {scope.catalog(), t.schema(), t.table().name(), !index.unique(), null, index.name(),
              (int) DatabaseMetaData.tableIndexOther, i + 1, index.columns().get(i), null, null, null, null});
        }
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> (Boolean) r[3]).thenComparing(r -> (String) r[5])
        .thenComparing(r -> (Integer) r[7]));
    return new QueryResult(INDEX_INFO, rows);
  }
}
