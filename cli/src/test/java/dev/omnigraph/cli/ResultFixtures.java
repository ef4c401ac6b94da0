package dev.omnigraph.cli;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built query results for the printer tests. */
final class ResultFixtures {
  private ResultFixtures() {}

  /**
   * One column per value type (String, Bool, I32, I64, F32, F64, Date, DateTime, [String],
   * Vector(2)); row 1 holds a value in each, row 2 a null in each but the first.
   */
  static QueryResult everyType() {
    List<ResultColumn> columns =
        List.of(
            column("p.name", PropType.of(ScalarType.STRING, false)),
            column("p.active", PropType.of(ScalarType.BOOL, true)),
            column("p.age", PropType.of(ScalarType.I32, true)),
            column("p.visits", PropType.of(ScalarType.I64, true)),
            column("p.score", PropType.of(ScalarType.F32, true)),
            column("p.weight", PropType.of(ScalarType.F64, true)),
            column("p.born", PropType.of(ScalarType.DATE, true)),
            column("p.seen", PropType.of(ScalarType.DATETIME, true)),
            column("p.tags", new PropType(ScalarType.STRING, true, true, null, 0)),
            column("p.embedding", new PropType(ScalarType.VECTOR, false, true, null, 2)));
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        new Object[] {
          "Ada, \"the\" first",
          true,
          36,
          9_000_000_000L,
          1.1f,
          2.5,
          LocalDate.of(1815, 12, 10),
          Instant.parse("2026-04-14T00:00:00Z"),
          List.of("math", "poetry"),
          new float[] {0.5f, -1f}
        });
    Object[] nulls = new Object[columns.size()];
    Arrays.fill(nulls, null);
    nulls[0] = "Bob";
    rows.add(nulls);
    return new QueryResult(columns, rows);
  }

  /** A single String column {@code name} holding the given values, one per row. */
  static QueryResult strings(String... values) {
    List<Object[]> rows = new ArrayList<>();
    for (String value : values) {
      rows.add(new Object[] {value});
    }
    return new QueryResult(List.of(column("name", PropType.of(ScalarType.STRING, true))), rows);
  }

  private static ResultColumn column(String name, PropType type) {
    return new ResultColumn(name, type, "Person");
  }
}
