package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import java.util.Iterator;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The rows of a statement's executions one after the other (a prepared statement runs once per
 * bound parameter row), copied into the vectors of a wire batch ({@link WireTypes} shapes) as
 * they are pulled from one engine {@link ResultCursor} at a time. A cursor that hands over its
 * scan's record batches ({@link ResultCursor#hasArrowBatches()}) is copied from those in Arrow
 * form ({@link WireCopies}); any other is read row by row and each value written
 * ({@link WireValues}).
 * Each execution starts when the previous one has given its last row, and each cursor is closed
 * at its end, on a failure, and by {@link #close()}. {@link #cancel()} stops the running
 * execution and keeps later ones from starting.
 *
 * <p>{@link #copyInto} and {@link #close()} are for the streaming thread; {@link #cancel()} may be
 * called from any thread.
 */
final class ExecutionRows implements AutoCloseable {
  private final Iterator<ResultCursor> executions;
  private final WireValues.ColumnWriter[] writers;
  private final WireCopies.ColumnCopier[] copiers;
  private volatile ResultCursor current;
  private volatile boolean cancelled;
  /** The current cursor's record batch being copied (batched cursors only), and its next row. */
  private VectorSchemaRoot batch;
  private int batchRow;
  private boolean batched;

  /**
   * @param executions starts each execution when asked for it ({@code next()} opens a cursor)
   * @param columns the result columns, as every execution returns them
   * @param wire the batch the rows are copied into, of {@link WireTypes#resultSchema}{@code (columns)}
   */
  ExecutionRows(Iterator<ResultCursor> executions, List<ResultColumn> columns, VectorSchemaRoot wire) {
    this.executions = executions;
    writers = new WireValues.ColumnWriter[columns.size()];
    for (int c = 0; c < writers.length; c++) {
      writers[c] = WireValues.writer(wire.getVector(c), columns.get(c).type());
    }
    if (WireCopies.supports(columns)) {
      copiers = new WireCopies.ColumnCopier[columns.size()];
      for (int c = 0; c < copiers.length; c++) {
        copiers[c] = WireCopies.copier(wire.getVector(c), columns.get(c).type());
      }
    } else {
      copiers = null;
    }
  }

  /**
   * Copies up to {@code max} (at least 1) of the next rows into the wire vectors at rows
   * {@code at, at + 1, ...}, starting the next executions as needed, and returns how many; 0 only
   * after the last row of the last execution. Row by row copying stops early, after at least one
   * row, once {@link System#nanoTime()} reaches {@code flushAt}. Does not set the vectors' value
   * counts.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as the engine's
   *     {@link dev.omnigraph.engine.PreparedQuery#open} and {@link ResultCursor#next()}:
   *     {@code CANCELLED} after {@link #cancel()}
   */
  int copyInto(int at, int max, long flushAt) {
    while (true) {
      ResultCursor cursor = current;
      if (cursor == null) {
        if (!executions.hasNext()) {
          return 0;
        }
        if (cancelled) {
          throw new OmniGraphException(ErrorCode.CANCELLED, "the query was cancelled");
        }
        cursor = executions.next();
        current = cursor;
        if (cancelled) {
          cursor.cancel();
        }
        batched = copiers != null && cursor.hasArrowBatches();
      }
      int copied;
      try {
        copied = batched ? copyBatches(cursor, at, max) : copyRows(cursor, at, max, flushAt);
      } catch (RuntimeException | Error e) {
        close();
        throw e;
      }
      if (copied > 0) {
        return copied;
      }
      close();
    }
  }

  private int copyRows(ResultCursor cursor, int at, int max, long flushAt) {
    int count = 0;
    while (count < max) {
      Object[] row = cursor.next();
      if (row == null) {
        break;
      }
      for (int c = 0; c < writers.length; c++) {
        writers[c].write(at + count, row[c]);
      }
      count++;
      if (System.nanoTime() >= flushAt) {
        break;
      }
    }
    return count;
  }

  private int copyBatches(ResultCursor cursor, int at, int max) {
    while (batch == null || batchRow >= batch.getRowCount()) {
      batch = cursor.nextArrowBatch();
      batchRow = 0;
      if (batch == null) {
        return 0;
      }
    }
    int count = Math.min(max, batch.getRowCount() - batchRow);
    for (int c = 0; c < copiers.length; c++) {
      copiers[c].copy(batch.getVector(c), batchRow, at, count);
    }
    batchRow += count;
    return count;
  }

  /**
   * Stops the executions: the running one's next scan batch boundary throws {@code CANCELLED}
   * from {@link #copyInto} (see {@link ResultCursor#cancel()}), and so does any later one.
   */
  void cancel() {
    cancelled = true;
    ResultCursor cursor = current;
    if (cursor != null) {
      cursor.cancel();
    }
  }

  /** Closes the running execution's cursor, freeing its scans; harmless when called again. */
  @Override
  public void close() {
    ResultCursor cursor = current;
    current = null;
    batch = null;
    if (cursor != null) {
      cursor.close();
    }
  }
}
