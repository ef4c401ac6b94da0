package dev.omnigraph.flight.statement;

import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Streams the rows of a {@link QueryResult} to a {@code DoGet} listener as record batches of at
 * most {@code batchRows} rows, in result order, in the {@link WireTypes} schema.
 *
 * <p>The engine hands over results as rows in memory ({@link QueryResult} is materialised by the
 * executor); this class converts and sends one batch at a time, so at most one batch of Arrow
 * buffers is alive here per stream, and it waits for the client to drain (gRPC flow control,
 * polled: see {@link #awaitClient}) before building the next. Before each batch it checks {@code cancelled} and ends the stream
 * with {@code CANCELLED} when it answers true. Each call owns its vectors and frees them before
 * returning. Stateless apart from its settings; thread-safe.
 */
public final class ResultBatches {
  /** How long a stream waits for a slow client before giving up, in milliseconds. */
  static final long CLIENT_WAIT_MILLIS = 300_000;
  /** How often a stream checks whether a slow client can take more, in nanoseconds. */
  static final long POLL_NANOS = 100_000;

  private final BufferAllocator allocator;
  private final int batchRows;

  /**
   * @param allocator the server's allocator; every buffer taken from it is returned by the end of
   *     {@link #send}
   * @param batchRows the most rows in one record batch, at least 1 (e.g. 65,536)
   */
  public ResultBatches(BufferAllocator allocator, int batchRows) {
    if (batchRows < 1) {
      throw new IllegalArgumentException("batch rows must be >= 1, got " + batchRows);
    }
    this.allocator = allocator;
    this.batchRows = batchRows;
  }

  /**
   * Sends the rows of every result {@code results} yields, one after the other in one stream of
   * schema {@code columns}, and completes the listener; no rows sends the schema and no batch.
   * The iterator runs each execution when asked for it, so executions happen while streaming.
   * A cancelled stream or a client that stopped reading ends with {@code listener.error}; an
   * engine error propagates to the caller, which reports it.
   */
  public void send(List<ResultColumn> columns, Iterator<QueryResult> results, ServerStreamListener listener,
      BooleanSupplier cancelled) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(WireTypes.resultSchema(columns), allocator)) {
      listener.start(root);
      while (results.hasNext()) {
        QueryResult result = results.next();
        int total = result.rowCount();
        for (int start = 0; start < total; start += batchRows) {
          Readiness ready = awaitClient(listener, cancelled);
          if (ready == Readiness.CANCELLED) {
            listener.error(CallStatus.CANCELLED.withDescription("the query was cancelled").toRuntimeException());
            return;
          }
          if (ready == Readiness.TIMED_OUT) {
            listener.error(CallStatus.TIMED_OUT.withDescription("the client stopped reading the stream").toRuntimeException());
            return;
          }
          int end = Math.min(total, start + batchRows);
          fill(root, result, start, end);
          listener.putNext();
        }
      }
      listener.completed();
    }
  }

  private enum Readiness { READY, CANCELLED, TIMED_OUT }

  /**
   * Waits until gRPC can take another message without buffering beyond its window. It polls
   * {@code isReady()} every {@value #POLL_NANOS} ns: {@code DoGet} runs on the call's own gRPC
   * thread, which is also the one that would deliver an on-ready callback, so waiting for the
   * callback (Arrow's {@code CallbackBackpressureStrategy}) would block until its timeout.
   */
  private static Readiness awaitClient(ServerStreamListener listener, BooleanSupplier cancelled) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLIENT_WAIT_MILLIS);
    while (true) {
      if (cancelled.getAsBoolean() || listener.isCancelled()) {
        return Readiness.CANCELLED;
      }
      if (listener.isReady()) {
        return Readiness.READY;
      }
      if (System.nanoTime() > deadline) {
        return Readiness.TIMED_OUT;
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
  }

  /** Writes rows {@code [start, end)} of {@code result} into {@code root}, row by row (each row is one array). */
  private static void fill(VectorSchemaRoot root, QueryResult result, int start, int end) {
    root.allocateNew();
    List<ResultColumn> columns = result.columns();
    WireValues.ColumnWriter[] writers = new WireValues.ColumnWriter[columns.size()];
    for (int c = 0; c < writers.length; c++) {
      writers[c] = WireValues.writer(root.getVector(c), columns.get(c).type());
    }
    for (int r = start; r < end; r++) {
      Object[] row = result.row(r);
      for (int c = 0; c < writers.length; c++) {
        writers[c].write(r - start, row[c]);
      }
    }
    for (FieldVector vector : root.getFieldVectors()) {
      vector.setValueCount(end - start);
    }
    root.setRowCount(end - start);
  }

}
