package dev.omnigraph.engine.exec;

/**
 * A pull-based stream of plan rows: each call to {@link #next()} produces one row in the operator's
 * row type, or null once the rows are exhausted. Pipelined operators (scans, filters, projections,
 * traversals, the probe side of joins, limits) produce a row only when asked for it; blocking
 * operators (sorts, aggregates, set operations, the build side of joins) read their input whole on
 * the first call. Not thread-safe: one consumer at a time.
 *
 * <p>{@link #close()} releases what the cursor holds (open Lance scans and their Arrow buffers)
 * and closes its inputs; it is harmless after the last row and when called twice.
 */
public interface RowCursor extends AutoCloseable {

  /**
   * The next row, or null after the last one. The array belongs to the caller.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code STORAGE_ERROR} when a Lance scan
   *     fails; {@code CANCELLED} once the execution was cancelled
   * @throws ArithmeticException or {@link IllegalArgumentException} when an expression fails on a
   *     row (the caller reports it as a data error)
   */
  Object[] next();

  @Override
  void close();
}
