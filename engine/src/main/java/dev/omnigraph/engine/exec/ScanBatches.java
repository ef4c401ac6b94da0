package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.schema.PropType;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The cursor of one Lance scan, which can also hand over the record batches it reads as they are,
 * so a consumer that wants Arrow (a Flight SQL stream) skips converting each value to Java and
 * back. Read a cursor either by {@link #next()} or by {@link #nextBatch()}, not both.
 */
public interface ScanBatches extends RowCursor {

  /**
   * True when the batches hold exactly the rows {@link #next()} would give: Lance evaluates the
   * whole filter and the limit, so no row is left for Java to drop.
   */
  boolean batchable();

  /** The scanned columns' types, in column order (the batches' vectors hold these, as stored). */
  List<PropType> types();

  /**
   * The next record batch of the scan (at most {@link dev.omnigraph.engine.lance.LanceTable#SCAN_BATCH_ROWS}
   * rows; vectors in column order, in the stored Arrow types), or null after the last; valid until
   * the next call or {@link #close()}, and owned by the scan (do not close it). Only when
   * {@link #batchable()}.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code STORAGE_ERROR} when the scan
   *     fails; {@code CANCELLED} once the execution was cancelled
   */
  VectorSchemaRoot nextBatch();
}
