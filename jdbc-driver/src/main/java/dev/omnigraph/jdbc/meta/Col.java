package dev.omnigraph.jdbc.meta;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/** Builds the nullable, table-less columns of metadata result shapes, and results from them. */
final class Col {
  private static final PropType TEXT = PropType.of(ScalarType.STRING, true);
  private static final PropType INT = PropType.of(ScalarType.I32, true);
  private static final PropType LONG = PropType.of(ScalarType.I64, true);
  private static final PropType BOOL = PropType.of(ScalarType.BOOL, true);

  private Col() {}

  /** A {@code VARCHAR} column. */
  static ResultColumn text(String name) {
    return new ResultColumn(name, TEXT, null);
  }

  /** An {@code INTEGER} column, for JDBC's {@code int} and {@code short} columns. */
  static ResultColumn integer(String name) {
    return new ResultColumn(name, INT, null);
  }

  /** A {@code BIGINT} column. */
  static ResultColumn bigint(String name) {
    return new ResultColumn(name, LONG, null);
  }

  /** A {@code BOOLEAN} column. */
  static ResultColumn bool(String name) {
    return new ResultColumn(name, BOOL, null);
  }

  /** {@code text(name)} for each name, in order. */
  static List<ResultColumn> texts(String... names) {
    List<ResultColumn> out = new ArrayList<>();
    for (String name : names) {
      out.add(text(name));
    }
    return out;
  }

  /** {@code columns} followed by {@code more}. */
  static List<ResultColumn> concat(List<ResultColumn> columns, ResultColumn... more) {
    List<ResultColumn> out = new ArrayList<>(columns);
    out.addAll(List.of(more));
    return out;
  }

  /** A result of {@code shape} with no rows. */
  static QueryResult empty(List<ResultColumn> shape) {
    return new QueryResult(shape, new ArrayList<>());
  }
}
