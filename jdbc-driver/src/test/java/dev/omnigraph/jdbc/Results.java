package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultCursor;
import dev.omnigraph.engine.ResultColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built query results for the result set tests. */
final class Results {
  static final PropType STRING = PropType.of(ScalarType.STRING, false);
  static final PropType LEVEL = new PropType(ScalarType.STRING, false, true, List.of("high", "low"), 0);
  static final PropType BOOL = PropType.of(ScalarType.BOOL, true);
  static final PropType I32 = PropType.of(ScalarType.I32, true);
  static final PropType I64 = PropType.of(ScalarType.I64, true);
  static final PropType U64 = PropType.of(ScalarType.U64, true);
  static final PropType F32 = PropType.of(ScalarType.F32, true);
  static final PropType F64 = PropType.of(ScalarType.F64, true);
  static final PropType DATE = PropType.of(ScalarType.DATE, true);
  static final PropType DATETIME = PropType.of(ScalarType.DATETIME, true);
  static final PropType TAGS = new PropType(ScalarType.STRING, true, true, null, 0);
  static final PropType DAYS = new PropType(ScalarType.DATE, true, true, null, 0);
  static final PropType EMBEDDING = new PropType(ScalarType.VECTOR, false, true, null, 2);

  static final Instant SEEN = Instant.parse("2026-04-14T10:11:12.345Z");
  static final LocalDate BORN = LocalDate.of(1815, 12, 10);

  private Results() {}

  /**
   * One column per type, in this order: p.name (String), p.level (enum), p.active (Bool), p.age
   * (I32), p.visits (I64), p.followers (U64), p.score (F32), p.weight (F64), p.born (Date),
   * p.seen (DateTime), p.tags ([String]), p.days ([Date]), p.embedding (Vector(2)), total
   * (computed I64). Row 1 holds values; row 2 nulls in all but p.name and p.level.
   */
  static QueryResult everyType() {
    List<ResultColumn> columns =
        List.of(
            column("p.name", STRING),
            column("p.level", LEVEL),
            column("p.active", BOOL),
            column("p.age", I32),
            column("p.visits", I64),
            column("p.followers", U64),
            column("p.score", F32),
            column("p.weight", F64),
            column("p.born", DATE),
            column("p.seen", DATETIME),
            column("p.tags", TAGS),
            column("p.days", DAYS),
            column("p.embedding", EMBEDDING),
            new ResultColumn("total", PropType.of(ScalarType.I64, false), null));
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        new Object[] {
          "Ada",
          "high",
          true,
          36,
          9_000_000_000L,
          7L,
          1.1f,
          2.5,
          BORN,
          SEEN,
          Arrays.asList("math", null, "poetry"),
          List.of(LocalDate.of(2026, 1, 2)),
          new float[] {0.5f, -1f},
          3L
        });
    Object[] nulls = new Object[columns.size()];
    nulls[0] = "Bob";
    nulls[1] = "low";
    nulls[13] = 0L;
    rows.add(nulls);
    return new QueryResult(columns, rows);
  }

  /** A single String column {@code name} holding the given values, one per row. */
  static QueryResult strings(String... values) {
    List<Object[]> rows = new ArrayList<>();
    for (String value : values) {
      rows.add(new Object[] {value});
    }
    return new QueryResult(List.of(column("name", STRING)), rows);
  }

  /** A result set over {@code result} with no statement and no row limit. */
  static OmniGraphResultSet resultSet(QueryResult result) {
    return new OmniGraphResultSet(null, ResultCursor.of(result), 0);
  }

  private static ResultColumn column(String name, PropType type) {
    return new ResultColumn(name, type, "Person");
  }
}
