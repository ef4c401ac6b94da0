package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.scan.TableStore;
import dev.omnigraph.engine.storage.GraphManifest;
import java.util.ArrayList;
import java.util.List;

/**
 * What one execution of a plan reads: one manifest (so every table is read at the same graph
 * version), the table store, the adjacency cache, and the values of the plan's dynamic parameters.
 * Also records the Lance scans it issued, for explain and for tests that assert pushdown, and
 * carries the execution's cancellation flag, which scans check between batches.
 */
public final class ExecContext {
  private final GraphManifest manifest;
  private final TableStore tables;
  private final AdjacencyCache adjacency;
  private final Object[] slots;
  private final RexEvaluator evaluator;
  private final List<String> lanceScans = new ArrayList<>();
  private volatile boolean cancelled;

  public ExecContext(GraphManifest manifest, TableStore tables, AdjacencyCache adjacency, Object[] slots) {
    this.manifest = manifest;
    this.tables = tables;
    this.adjacency = adjacency;
    this.slots = slots;
    this.evaluator = new RexEvaluator(slots);
  }

  GraphManifest manifest() {
    return manifest;
  }

  TableStore tables() {
    return tables;
  }

  AdjacencyCache adjacency() {
    return adjacency;
  }

  Object[] slots() {
    return slots;
  }

  RexEvaluator evaluator() {
    return evaluator;
  }

  /**
   * Asks the execution to stop: its next check ({@link #checkCancelled()}, made by scans every
   * batch of rows) throws. Thread-safe; callable from any thread, also before the execution starts.
   */
  public void cancel() {
    cancelled = true;
  }

  /** @throws OmniGraphException {@code CANCELLED} once {@link #cancel()} was called */
  void checkCancelled() {
    if (cancelled) {
      throw new OmniGraphException(ErrorCode.CANCELLED, "the query was cancelled");
    }
  }

  synchronized void recordLanceScan(String table, String filter, Long limit) {
    lanceScans.add(table + " filter=" + filter + " limit=" + limit);
  }

  /** The Lance scans this execution issued: table, the predicate Lance evaluated, the limit it applied. */
  public synchronized List<String> lanceScans() {
    return List.copyOf(lanceScans);
  }
}
