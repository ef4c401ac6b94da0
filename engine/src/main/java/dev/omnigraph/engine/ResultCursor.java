package dev.omnigraph.engine;

import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The rows of one query execution, produced as they are read: a scan over a table of any size
 * holds one Lance record batch at a time, so a consumer that streams (a JDBC result set, a Flight
 * SQL {@code DoGet}) never holds the whole result. Blocking operators (sort, aggregate, set
 * operations) still gather their input when the first row is asked for.
 *
 * <p>The execution reads the graph version that was current when the cursor was opened, however
 * long it is read. Values follow {@link ResultColumn}'s Java mapping. {@link #next()} and
 * {@link #close()} are for one consumer thread; {@link #cancel()} may be called from any thread.
 * Close every cursor: closing frees the Lance scans and Arrow buffers it holds.
 */
public interface ResultCursor extends AutoCloseable {

  /** The result columns, in {@code return} order. */
  List<ResultColumn> columns();

  /**
   * The next row, one value per column, or null after the last row. The array belongs to the
   * caller. A failure closes the cursor.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code DATA_ERROR} when an expression
   *     fails on a row (division by zero, a failed cast, an overflow); {@code STORAGE_ERROR} when
   *     a Lance scan fails; {@code CANCELLED} after {@link #cancel()}
   */
  Object[] next();

  /**
   * Stops the execution: the next {@link #next()} that reaches a scan batch boundary (at most a
   * few thousand rows later, or the end of a blocking operator's input) throws {@code CANCELLED}.
   * Harmless after the end or after close.
   */
  void cancel();

  /**
   * True when the rows can be read as Arrow record batches ({@link #nextArrowBatch()}) instead,
   * skipping the conversion of every value to Java: the query is one Lance scan with nothing left
   * for Java to evaluate, and its result columns are the scanned columns as stored. Ask before
   * the first {@link #next()}; false once rows were read that way, and for every other query.
   */
  default boolean hasArrowBatches() {
    return false;
  }

  /**
   * The next rows as one record batch, or null after the last row. Its vectors are the result
   * columns in order, in their stored Arrow types
   * ({@link dev.omnigraph.compiler.schema.ArrowSchemas#arrowType}; values as
   * {@link dev.omnigraph.engine.arrow.ArrowValues#read} would read them); at most
   * {@link dev.omnigraph.engine.lance.LanceTable#SCAN_BATCH_ROWS} rows. The batch belongs to the
   * cursor: valid until the next call or {@link #close()}, never closed by the caller. A failure
   * closes the cursor.
   *
   * @throws IllegalStateException when {@link #hasArrowBatches()} is false
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code STORAGE_ERROR} when the scan
   *     fails; {@code CANCELLED} after {@link #cancel()}
   */
  default VectorSchemaRoot nextArrowBatch() {
    throw new IllegalStateException("this cursor hands over rows only (hasArrowBatches() is false)");
  }

  /** The Lance scans issued so far, as {@link QueryResult#lanceScans()} describes them. */
  List<String> lanceScans();

  /** Frees what the execution holds; harmless when called again. */
  @Override
  void close();

  /** A cursor over the rows of an already materialised {@code result}. */
  static ResultCursor of(QueryResult result) {
    return new ResultCursor() {
      private int row;

      @Override
      public List<ResultColumn> columns() {
        return result.columns();
      }

      @Override
      public Object[] next() {
        return row < result.rowCount() ? result.row(row++) : null;
      }

      @Override
      public void cancel() {}

      @Override
      public List<String> lanceScans() {
        return result.lanceScans();
      }

      @Override
      public void close() {
        row = result.rowCount();
      }
    };
  }
}
