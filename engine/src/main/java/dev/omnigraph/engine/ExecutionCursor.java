package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.exec.ExecContext;
import dev.omnigraph.engine.exec.RowCursor;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A {@link ResultCursor} over a running plan: pulls rows from the executor's {@link RowCursor},
 * shapes each into the result's Java values, turns expression failures into {@code DATA_ERROR},
 * and closes the plan's scans on the last row, on a failure and on close.
 */
final class ExecutionCursor implements ResultCursor {
  private final List<ResultColumn> columns;
  private final ExecContext context;
  private final RowCursor rows;
  private final UnaryOperator<Object[]> shape;
  private boolean closed;

  /**
   * @param shape turns a plan row into a result row (may return its argument)
   */
  ExecutionCursor(List<ResultColumn> columns, ExecContext context, RowCursor rows, UnaryOperator<Object[]> shape) {
    this.columns = columns;
    this.context = context;
    this.rows = rows;
    this.shape = shape;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public Object[] next() {
    if (closed) {
      return null;
    }
    try {
      Object[] row = rows.next();
      if (row == null) {
        close();
        return null;
      }
      return shape.apply(row);
    } catch (ArithmeticException | IllegalArgumentException e) {
      close();
      throw new OmniGraphException(ErrorCode.DATA_ERROR, e.getMessage());
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  @Override
  public void cancel() {
    context.cancel();
  }

  @Override
  public List<String> lanceScans() {
    return context.lanceScans();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      rows.close();
    }
  }
}
