package dev.omnigraph.flight.statement;

import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import io.grpc.Context;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Streams the rows of engine executions to a {@code DoGet} listener as record batches of at most
 * {@code batchRows} rows, in result order, in the {@link WireTypes} schema. A batch is sent when
 * it is full, at the end, or {@value #FLUSH_NANOS} ns after its first row, so slow results (a
 * selective filter over a large table) reach the client as they are found.
 *
 * <p>Rows are pulled from the engine's {@link ResultCursor}s as the batches are filled
 * ({@link ExecutionRows}; a query that is one Lance scan is copied from the scan's record batches
 * without making Java values), so a result is never whole in memory: per stream there is one
 * batch of Arrow buffers here and what the cursor holds (one Lance record batch per scan;
 * blocking operators such as sorts still gather their input). Before filling each batch it waits for the client to drain (gRPC flow
 * control, polled: see {@link #awaitClient}), so a slow reader leaves the scan parked rather than
 * buffered. A cancel, whether the ticket's ({@link CancelSignal}, {@code CancelFlightInfo}) or the
 * call's (the client went away or cancelled the call: gRPC cancels the call's {@link Context}
 * at once, from another thread), is passed to the running cursor, so an engine call under way
 * stops at its next scan batch; the stream then ends with {@code CANCELLED}. Each call owns its
 * vectors and cursors and frees them before returning, also on failures. Stateless apart from its
 * settings; thread-safe.
 */
public final class ResultBatches {
  /** How long a stream waits for a slow client before giving up, in milliseconds. */
  static final long CLIENT_WAIT_MILLIS = 300_000;
  /** How often a stream checks whether a slow client can take more, in nanoseconds. */
  static final long POLL_NANOS = 100_000;
  /**
   * How long a batch that holds rows keeps filling before it is sent anyway, in nanoseconds
   * (50 ms): a selective filter over a large table delivers its first matches without waiting for
   * a full batch.
   */
  static final long FLUSH_NANOS = 50_000_000;

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
   * Sends the rows of every execution {@code executions} starts, one after the other in one stream
   * of schema {@code columns} (a batch may hold rows of two executions), and completes the
   * listener; no rows sends the schema and no batch. The iterator starts each execution (opens its
   * cursor) when asked for it, after the previous one's last row. Every cursor opened is closed
   * before this returns. A cancelled stream or a client that stopped reading ends with
   * {@code listener.error} ({@code CANCELLED}, {@code TIMED_OUT}); an engine error, including
   * {@code CANCELLED} from a cursor stopped while it ran, propagates to the caller after the
   * batches already sent, and the caller reports it.
   */
  public void send(List<ResultColumn> columns, Iterator<ResultCursor> executions, ServerStreamListener listener,
      CancelSignal cancel) {
    Context call = Context.current();
    try (VectorSchemaRoot root = VectorSchemaRoot.create(WireTypes.resultSchema(columns), allocator);
        ExecutionRows rows = new ExecutionRows(executions, columns, root);
        CancelSignal.Registration ticketCancel = cancel.onCancel(rows::cancel)) {
      Context.CancellationListener callCancelled = context -> rows.cancel();
      call.addListener(callCancelled, Runnable::run);
      try {
        stream(rows, root, listener, cancel);
      } finally {
        call.removeListener(callCancelled);
      }
    }
  }

  private void stream(ExecutionRows rows, VectorSchemaRoot root, ServerStreamListener listener, CancelSignal cancel) {
    listener.start(root);
    boolean more = true;
    while (more) {
      Readiness ready = awaitClient(listener, cancel);
      if (ready == Readiness.CANCELLED) {
        listener.error(CallStatus.CANCELLED.withDescription("the query was cancelled").toRuntimeException());
        return;
      }
      if (ready == Readiness.TIMED_OUT) {
        listener.error(CallStatus.TIMED_OUT.withDescription("the client stopped reading the stream").toRuntimeException());
        return;
      }
      more = fill(root, rows);
      if (root.getRowCount() > 0) {
        listener.putNext();
      }
    }
    listener.completed();
  }

  private enum Readiness { READY, CANCELLED, TIMED_OUT }

  /**
   * Waits until gRPC can take another message without buffering beyond its window. It polls
   * {@code isReady()} every {@value #POLL_NANOS} ns: {@code DoGet} runs on the call's own gRPC
   * thread, which is also the one that would deliver an on-ready callback, so waiting for the
   * callback (Arrow's {@code CallbackBackpressureStrategy}) would block until its timeout.
   */
  private static Readiness awaitClient(ServerStreamListener listener, CancelSignal cancel) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLIENT_WAIT_MILLIS);
    while (true) {
      if (cancel.isCancelled() || listener.isCancelled()) {
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

  /**
   * Fills {@code root} with up to {@code batchRows} rows copied from {@code rows}: until it is
   * full, the last execution ends, or {@value #FLUSH_NANOS} ns have passed since its first row
   * (the time to the first row, planning included, does not count). Returns false once the last
   * execution has ended.
   */
  private boolean fill(VectorSchemaRoot root, ExecutionRows rows) {
    root.allocateNew();
    long flushAt = Long.MAX_VALUE;
    int count = 0;
    boolean more = true;
    while (count < batchRows) {
      int copied = count == 0 ? rows.copyInto(0, 1, flushAt) : rows.copyInto(count, batchRows - count, flushAt);
      if (copied == 0) {
        more = false;
        break;
      }
      if (count == 0) {
        flushAt = System.nanoTime() + FLUSH_NANOS;
      }
      count += copied;
      if (System.nanoTime() >= flushAt) {
        break;
      }
    }
    for (FieldVector vector : root.getFieldVectors()) {
      vector.setValueCount(count);
    }
    root.setRowCount(count);
    return more;
  }
}
