package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.exec.ExecContext;
import dev.omnigraph.engine.exec.RowCursor;
import dev.omnigraph.engine.exec.ScanBatches;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A {@link ResultCursor} over a running plan: pulls rows from the executor's {@link RowCursor},
 * shapes each into the result's Java values, turns expression failures into {@code DATA_ERROR},
 * and closes the plan's scans on the last row, on a failure and on close. When the plan is one
 * Lance scan that hands over its batches whole ({@link ScanBatches#batchable()}) and the result
 * columns are the scanned ones as stored, it also offers those batches
 * ({@link #hasArrowBatches()}); the shaping is then the identity (every value already has its
 * column's class), so it is skipped.
 */
final class ExecutionCursor implements ResultCursor {
  private final List<ResultColumn> columns;
  private final ExecContext context;
  private final RowCursor rows;
  private final UnaryOperator<Object[]> shape;
  private final ScanBatches batches;
  private boolean rowsRead;
  private boolean closed;

  /**
   * @param shape turns a plan row into a result row (may return its argument); must return an
   *     equal row when every value already has the Java class of its result column's type
   */
  ExecutionCursor(List<ResultColumn> columns, ExecContext context, RowCursor rows, UnaryOperator<Object[]> shape) {
    this.columns = columns;
    this.context = context;
    this.rows = rows;
    this.shape = shape;
    this.batches = rows instanceof ScanBatches scan && scan.batchable() && storedAs(columns, scan.types()) ? scan : null;
  }

  /** True when each result column holds values of the scanned column's type (nullability aside). */
  private static boolean storedAs(List<ResultColumn> columns, List<PropType> scanned) {
    if (columns.size() != scanned.size()) {
      return false;
    }
    for (int c = 0; c < columns.size(); c++) {
      PropType result = columns.get(c).type();
      PropType stored = scanned.get(c);
      if (result.scalar() != stored.scalar() || result.list() != stored.list() || result.vectorDim() != stored.vectorDim()) {
        return false;
      }
    }
    return true;
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
    rowsRead = true;
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
  public boolean hasArrowBatches() {
    return batches != null && !rowsRead;
  }

  @Override
  public VectorSchemaRoot nextArrowBatch() {
    if (!hasArrowBatches()) {
      throw new IllegalStateException("this cursor hands over rows only (hasArrowBatches() is false)");
    }
    if (closed) {
      return null;
    }
    try {
      VectorSchemaRoot batch = batches.nextBatch();
      if (batch == null) {
        close();
      }
      return batch;
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
