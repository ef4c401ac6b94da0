package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.arrow.ArrowValues;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.scan.ResidentTable;
import dev.omnigraph.engine.storage.TableEntry;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Executes a {@link LanceTableScan}. A resident table (small enough to hold in memory) is read
 * from memory, through its id index when the filter pins {@code id} or a single-column String
 * {@code @key}; a larger table is scanned by Lance with the pushed columns, the Lance part of the
 * filter ({@link LanceFilters}) and the limit, the residual evaluated on each batch.
 */
final class ScanExecutor {
  private final ExecContext context;

  ScanExecutor(ExecContext context) {
    this.context = context;
  }

  /** The rows of {@code scan}, read as the cursor is advanced. */
  RowCursor open(LanceTableScan scan) {
    TableEntry entry = context.manifest().table(scan.table().tableKey());
    ResidentTable resident = context.tables().resident(scan.table(), entry);
    return resident != null ? fromMemory(scan, resident) : fromLance(scan, entry);
  }

  /**
   * For an index join: appends the scan's columns of the row with {@code id} to {@code left}, or
   * returns null when there is no such row or the scan's filter rejects it. One allocation per
   * joined row.
   */
  Object[] lookupJoin(LanceTableScan scan, ResidentTable resident, int[] columns, Object[] left, String id) {
    int row = resident.rowOf(id);
    if (row < 0) {
      return null;
    }
    Object[] joined = java.util.Arrays.copyOf(left, left.length + columns.length);
    for (int i = 0; i < columns.length; i++) {
      joined[left.length + i] = resident.column(columns[i])[row];
    }
    if (scan.filter() == null) {
      return joined;
    }
    Object[] own = java.util.Arrays.copyOfRange(joined, left.length, joined.length);
    return context.evaluator().test(scan.filter(), own) ? joined : null;
  }

  /** The resident copy of the scan's table, or null when it is too large to be resident. */
  ResidentTable resident(LanceTableScan scan) {
    return context.tables().resident(scan.table(), context.manifest().table(scan.table().tableKey()));
  }

  /** Rows between two cancellation checks of a scan of a resident table. */
  private static final int CHECK_EVERY_ROWS = 4096;

  private RowCursor fromMemory(LanceTableScan scan, ResidentTable resident) {
    int[] columns = columnMap(scan, resident);
    long limit = scan.limit() == null ? Long.MAX_VALUE : scan.limit();
    String pinnedId = pinnedId(scan);
    if (pinnedId != null) {
      int row = resident.rowOf(pinnedId);
      if (row < 0 || limit == 0) {
        return RowCursors.of(List.of());
      }
      Object[] values = project(scan, resident, row, columns);
      return RowCursors.of(context.evaluator().test(scan.filter(), values) ? List.<Object[]>of(values) : List.of());
    }
    return new RowCursor() {
      private int row;
      private long produced;

      @Override
      public Object[] next() {
        while (row < resident.rowCount() && produced < limit) {
          if ((row & (CHECK_EVERY_ROWS - 1)) == 0) {
            context.checkCancelled();
          }
          Object[] values = project(scan, resident, row++, columns);
          if (scan.filter() == null || context.evaluator().test(scan.filter(), values)) {
            produced++;
            return values;
          }
        }
        return null;
      }

      @Override
      public void close() {
        row = resident.rowCount();
      }
    };
  }

  static int[] columnMap(LanceTableScan scan, ResidentTable resident) {
    int[] map = new int[scan.columns().size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = resident.columnNames().indexOf(scan.columns().get(i));
    }
    return map;
  }

  private static Object[] project(LanceTableScan scan, ResidentTable resident, int row, int[] columns) {
    Object[] values = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      values[i] = resident.column(columns[i])[row];
    }
    return values;
  }

  /** The id a conjunct {@code id = ?} or {@code key = ?} (single String key) pins, or null. */
  private String pinnedId(LanceTableScan scan) {
    if (scan.filter() == null) {
      return null;
    }
    List<String> key = scan.table() instanceof NodeType node ? node.key() : List.of();
    for (RexNode conjunct : org.apache.calcite.plan.RelOptUtil.conjunctions(scan.filter())) {
      if (conjunct.getKind() != SqlKind.EQUALS) {
        continue;
      }
      List<RexNode> operands = ((RexCall) conjunct).getOperands();
      RexNode a = operands.get(0);
      RexNode b = operands.get(1);
      if (a instanceof RexDynamicParam) {
        RexNode t = a;
        a = b;
        b = t;
      }
      if (a instanceof RexInputRef ref && b instanceof RexDynamicParam param) {
        String column = scan.columns().get(ref.getIndex());
        PropType type = scan.columnTypes().get(ref.getIndex());
        Object value = context.slots()[param.getIndex()];
        boolean keyColumn = column.equals("id") || (key.size() == 1 && key.get(0).equals(column) && !type.list()
            && type.scalar() == ScalarType.STRING);
        if (keyColumn && value instanceof String id) {
          return id;
        }
      }
    }
    return null;
  }

  private RowCursor fromLance(LanceTableScan scan, TableEntry entry) {
    LanceFilters filters = LanceFilters.split(scan, context.slots());
    boolean limitToLance = filters.residual().isEmpty();
    RexNode residual = filters.residual().isEmpty() ? null
        : RexUtil.composeConjunction(scan.getCluster().getRexBuilder(), filters.residual());
    context.recordLanceScan(scan.table().tableKey(), filters.lanceFilter(), limitToLance ? scan.limit() : null);
    context.checkCancelled();
    LanceTable.Scan lance = context.tables().table(entry).scan(scan.columns(), filters.lanceFilter(), limitToLance ? scan.limit() : null);
    return new LanceScanCursor(lance, scan.columnTypes(), residual, scan.limit(), context);
  }

  /**
   * The rows of one Lance scan, converted from its record batches one batch at a time, or those
   * batches as they are ({@link ScanBatches}): at most one batch of Arrow buffers is alive per
   * scan. Checks cancellation before each batch; closes the Lance scan at the end, at the limit,
   * or when closed early.
   */
  private static final class LanceScanCursor implements ScanBatches {
    private final LanceTable.Scan lance;
    private final List<PropType> types;
    private final RexNode residual;
    private final long limit;
    private final ExecContext context;
    private VectorSchemaRoot batch;
    private int row;
    private long produced;
    private boolean closed;

    LanceScanCursor(LanceTable.Scan lance, List<PropType> types, RexNode residual, Long limit, ExecContext context) {
      this.lance = lance;
      this.types = types;
      this.residual = residual;
      this.limit = limit == null ? Long.MAX_VALUE : limit;
      this.context = context;
    }

    @Override
    public Object[] next() {
      while (!closed && produced < limit) {
        if (batch == null || row >= batch.getRowCount()) {
          context.checkCancelled();
          if (!lance.next()) {
            close();
            return null;
          }
          batch = lance.batch();
          row = 0;
          continue;
        }
        Object[] values = new Object[types.size()];
        for (int c = 0; c < values.length; c++) {
          values[c] = ArrowValues.read(batch.getVector(c), row, types.get(c));
        }
        row++;
        if (residual == null || context.evaluator().test(residual, values)) {
          produced++;
          return values;
        }
      }
      close();
      return null;
    }

    @Override
    public boolean batchable() {
      return residual == null;
    }

    @Override
    public List<PropType> types() {
      return types;
    }

    @Override
    public VectorSchemaRoot nextBatch() {
      if (residual != null) {
        throw new IllegalStateException("a scan with a residual filter hands over rows only");
      }
      if (closed || produced >= limit) {
        close();
        return null;
      }
      context.checkCancelled();
      if (!lance.next()) {
        close();
        return null;
      }
      batch = lance.batch();
      row = batch.getRowCount();
      if (batch.getRowCount() > limit - produced) {
        batch.setRowCount((int) (limit - produced));
      }
      produced += batch.getRowCount();
      return batch;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        batch = null;
        lance.close();
      }
    }
  }
}
