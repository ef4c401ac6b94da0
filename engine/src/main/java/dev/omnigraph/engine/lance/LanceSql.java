package dev.omnigraph.engine.lance;

import java.util.List;

/** Lance SQL predicate text built by the storage layer itself. */
final class LanceSql {
  private LanceSql() {}

  /** {@code id IN ('a', 'b')}, each id quoted as a SQL string literal. */
  static String idIn(List<String> ids) {
    StringBuilder out = new StringBuilder("id IN (");
    for (int i = 0; i < ids.size(); i++) {
      out.append(i == 0 ? "'" : ", '").append(ids.get(i).replace("'", "''")).append('\'');
    }
    return out.append(')').toString();
  }
}
