package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.schema.PropType;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Some columns of a scan, in a chosen order: a projection of plain column references over a
 * {@link ScanBatches} (e.g. {@code SELECT b, a FROM t WHERE c > 0}, whose scan also reads
 * {@code c}). Its rows are the picked values; its batches are views of the scan's batches holding
 * the picked vectors, so they stay batchable when the scan is.
 */
final class ScanColumns implements ScanBatches {
  private final ScanBatches scan;
  private final int[] picked;
  private final List<PropType> types;

  /**
   * @param picked for each output column, the index of the scan column it is
   */
  ScanColumns(ScanBatches scan, int[] picked) {
    this.scan = scan;
    this.picked = picked.clone();
    List<PropType> out = new ArrayList<>(picked.length);
    for (int column : picked) {
      out.add(scan.types().get(column));
    }
    this.types = List.copyOf(out);
  }

  @Override
  public Object[] next() {
    Object[] row = scan.next();
    if (row == null) {
      return null;
    }
    Object[] out = new Object[picked.length];
    for (int i = 0; i < picked.length; i++) {
      out[i] = row[picked[i]];
    }
    return out;
  }

  @Override
  public boolean batchable() {
    return scan.batchable();
  }

  @Override
  public List<PropType> types() {
    return types;
  }

  /** A view of the scan's next batch holding the picked vectors; owned by the scan like the batch. */
  @Override
  public VectorSchemaRoot nextBatch() {
    VectorSchemaRoot batch = scan.nextBatch();
    if (batch == null) {
      return null;
    }
    List<FieldVector> vectors = new ArrayList<>(picked.length);
    for (int column : picked) {
      vectors.add(batch.getVector(column));
    }
    VectorSchemaRoot view = new VectorSchemaRoot(vectors);
    view.setRowCount(batch.getRowCount());
    return view;
  }

  @Override
  public void close() {
    scan.close();
  }
}
