package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.ResultCursor;
import java.util.Iterator;

/**
 * The rows of a statement's executions one after the other (a prepared statement runs once per
 * bound parameter row), pulled from one engine {@link ResultCursor} at a time: each execution
 * starts when the previous one has given its last row, and each cursor is closed at its end, on a
 * failure, and by {@link #close()}. {@link #cancel()} stops the running execution and keeps later
 * ones from starting.
 *
 * <p>{@link #next()} and {@link #close()} are for the streaming thread; {@link #cancel()} may be
 * called from any thread.
 */
final class ExecutionRows implements AutoCloseable {
  private final Iterator<ResultCursor> executions;
  private volatile ResultCursor current;
  private volatile boolean cancelled;

  /**
   * @param executions starts each execution when asked for it ({@code next()} opens a cursor)
   */
  ExecutionRows(Iterator<ResultCursor> executions) {
    this.executions = executions;
  }

  /**
   * The next row of the current execution, starting the next executions as needed; null after
   * the last row of the last one.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as the engine's
   *     {@link dev.omnigraph.engine.PreparedQuery#open} and {@link ResultCursor#next()}:
   *     {@code CANCELLED} after {@link #cancel()}
   */
  Object[] next() {
    while (true) {
      ResultCursor cursor = current;
      if (cursor == null) {
        if (!executions.hasNext()) {
          return null;
        }
        if (cancelled) {
          throw new OmniGraphException(ErrorCode.CANCELLED, "the query was cancelled");
        }
        cursor = executions.next();
        current = cursor;
        if (cancelled) {
          cursor.cancel();
        }
      }
      Object[] row;
      try {
        row = cursor.next();
      } catch (RuntimeException | Error e) {
        close();
        throw e;
      }
      if (row != null) {
        return row;
      }
      close();
    }
  }

  /**
   * Stops the executions: the running one's next scan batch boundary throws {@code CANCELLED}
   * from {@link #next()} (see {@link ResultCursor#cancel()}), and so does any later one.
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
    if (cursor != null) {
      cursor.close();
    }
  }
}
