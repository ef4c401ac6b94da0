package dev.omnigraph.flight.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import io.grpc.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ResultBatches} pulls rows from engine cursors batch by batch: executions start one after
 * the other as rows are needed, every cursor is closed whatever ends the stream, an engine failure
 * arrives after the batches before it, and a cancel (the ticket's or the gRPC call's) reaches an
 * engine call that is running, which a check between batches alone could not.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ResultBatchesTest {
  private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("n", PropType.of(ScalarType.I64, true), null));

  private final BufferAllocator allocator = new RootAllocator();
  private final Listener listener = new Listener();

  @AfterEach
  void freesEveryBuffer() {
    allocator.close(); // throws on a leak
  }

  @Test
  void executionsStartOneAfterAnotherAndFillBatchesAcrossThem() {
    List<Cursor> cursors = List.of(new Cursor(0, 3), new Cursor(3, 0), new Cursor(3, 4));
    List<String> events = new ArrayList<>();
    Iterator<Cursor> each = cursors.iterator();
    Iterator<ResultCursor> executions = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public ResultCursor next() {
        events.add("open " + cursors.stream().filter(Cursor::closed).count() + " closed");
        return each.next();
      }
    };

    new ResultBatches(allocator, 2).send(COLUMNS, executions, listener, new Signal());

    assertThat(listener.batches).containsExactly(List.of(0L, 1L), List.of(2L, 3L), List.of(4L, 5L), List.of(6L));
    assertThat(listener.completed).isTrue();
    assertThat(events).as("each execution starts after the previous one ended").containsExactly("open 0 closed", "open 1 closed",
        "open 2 closed");
    assertThat(cursors).allMatch(Cursor::closed);
  }

  @Test
  void slowRowsAreSentOnceTheFlushIntervalHasPassedSinceABatchsFirstRow() {
    long pause = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(ResultBatches.FLUSH_NANOS) + 20;
    new ResultBatches(allocator, 65_536).send(COLUMNS, List.<ResultCursor>of(new Cursor(0, 3).slowBy(pause)).iterator(),
        listener, new Signal());

    assertThat(listener.batches).as("a batch goes out with the first row that arrives after its interval")
        .containsExactly(List.of(0L, 1L), List.of(2L));

    Listener fast = new Listener();
    new ResultBatches(allocator, 65_536).send(COLUMNS, List.<ResultCursor>of(new Cursor(0, 1_000)).iterator(), fast,
        new Signal());
    assertThat(fast.batches).as("fast rows fill one batch").hasSize(1);
  }

  @Test
  void anEngineFailureFollowsTheBatchesBeforeItAndClosesTheCursor() {
    Cursor failing = new Cursor(0, 10).failingAt(5, new OmniGraphException(ErrorCode.DATA_ERROR, "division by zero"));

    assertThatThrownBy(() -> new ResultBatches(allocator, 2).send(COLUMNS, List.<ResultCursor>of(failing).iterator(), listener,
        new Signal())).isInstanceOf(OmniGraphException.class).hasMessageContaining("division by zero");

    assertThat(listener.batches).containsExactly(List.of(0L, 1L), List.of(2L, 3L));
    assertThat(listener.completed).isFalse();
    assertThat(failing.closed()).isTrue();
  }

  @Test
  void aTicketCancelReachesAnEngineCallUnderWay() throws Exception {
    Cursor blocked = new Cursor(0, 100).blockingAt(3);
    Signal signal = new Signal();
    CompletableFuture<Void> streaming = CompletableFuture.runAsync(
        () -> new ResultBatches(allocator, 2).send(COLUMNS, List.<ResultCursor>of(blocked).iterator(), listener, signal));
    assertThat(blocked.reached.await(10, TimeUnit.SECONDS)).isTrue();

    signal.cancel();

    assertCancelledInsideTheEngine(streaming, blocked);
    assertThat(signal.registered).as("the registration is closed when the stream ends").isEmpty();
  }

  @Test
  void aCancelledCallReachesAnEngineCallUnderWay() throws Exception {
    Cursor blocked = new Cursor(0, 100).blockingAt(3);
    Context.CancellableContext call = Context.current().withCancellation();
    CompletableFuture<Void> streaming = CompletableFuture.runAsync(call.wrap(
        () -> new ResultBatches(allocator, 2).send(COLUMNS, List.<ResultCursor>of(blocked).iterator(), listener, new Signal())));
    assertThat(blocked.reached.await(10, TimeUnit.SECONDS)).isTrue();

    call.cancel(null);

    assertCancelledInsideTheEngine(streaming, blocked);
  }

  @Test
  void aStreamCancelledBetweenBatchesEndsCancelledAndStartsNoFurtherExecution() {
    Signal signal = new Signal();
    Cursor first = new Cursor(0, 5);
    Cursor second = new Cursor(5, 5);
    listener.onBatch = () -> signal.cancel();

    new ResultBatches(allocator, 4).send(COLUMNS, List.<ResultCursor>of(first, second).iterator(), listener, signal);

    assertThat(listener.batches).containsExactly(List.of(0L, 1L, 2L, 3L));
    assertThat(listener.error).isInstanceOf(FlightRuntimeException.class);
    assertThat(((FlightRuntimeException) listener.error).status().code()).isEqualTo(FlightStatusCode.CANCELLED);
    assertThat(first.closed()).isTrue();
    assertThat(second.nextCalls).isZero();
  }

  @Test
  void rowsAndCopiedScanBatchesShareABatchWithNullsWhereverTheyFall() {
    List<ResultColumn> strings = List.of(new ResultColumn("s", PropType.of(ScalarType.STRING, true), null));
    List<String> first = java.util.Arrays.asList("a", null);
    List<String> scanned = java.util.Arrays.asList("bb", null, "", "ccc");
    Listener strings0 = new Listener();
    try (Batched batched = new Batched(allocator, strings, scanned)) {
      List<ResultCursor> executions = List.of(new Strings(strings, first), batched, new Strings(strings, List.of("d")));

      new ResultBatches(allocator, 5).send(strings, executions.iterator(), strings0, new Signal());

      assertThat(strings0.texts).containsExactly(java.util.Arrays.asList("a", null, "bb", null, ""),
          java.util.Arrays.asList("ccc", "d"));
      assertThat(batched.closed).isTrue();
    }
  }

  private void assertCancelledInsideTheEngine(CompletableFuture<Void> streaming, Cursor blocked) throws Exception {
    assertThatThrownBy(() -> streaming.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(OmniGraphException.class)
        .cause().satisfies(e -> assertThat(((OmniGraphException) e).code()).isEqualTo(ErrorCode.CANCELLED));
    assertThat(blocked.closed()).isTrue();
    assertThat(listener.batches).containsExactly(List.of(0L, 1L));
  }

  /** Rows {@code first, first + 1, ...}; can fail or block (until cancelled, then fail) at a row. */
  private static final class Cursor implements ResultCursor {
    private final long first;
    private final int count;
    private int row;
    private int failAt = -1;
    private RuntimeException failure;
    private int blockAt = -1;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private volatile boolean closed;
    private int nextCalls;
    private long slowMillis;

    Cursor(long first, int count) {
      this.first = first;
      this.count = count;
    }

    Cursor failingAt(int index, RuntimeException error) {
      failAt = index;
      failure = error;
      return this;
    }

    Cursor blockingAt(int index) {
      blockAt = index;
      return this;
    }

    /** Makes every row take {@code millis} to produce, as a selective filter's matches do. */
    Cursor slowBy(long millis) {
      slowMillis = millis;
      return this;
    }

    boolean closed() {
      return closed;
    }

    @Override
    public List<ResultColumn> columns() {
      return COLUMNS;
    }

    @Override
    public Object[] next() {
      nextCalls++;
      if (row == failAt) {
        throw failure;
      }
      if (row == blockAt) {
        reached.countDown();
        try {
          cancelled.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        throw new OmniGraphException(ErrorCode.CANCELLED, "the query was cancelled");
      }
      if (slowMillis > 0 && row < count) {
        try {
          Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return row < count ? new Object[] {first + row++} : null;
    }

    @Override
    public void cancel() {
      cancelled.countDown();
    }

    @Override
    public List<String> lanceScans() {
      return List.of();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** String rows, read one by one. */
  private static final class Strings implements ResultCursor {
    private final List<ResultColumn> columns;
    private final java.util.Iterator<String> values;

    Strings(List<ResultColumn> columns, List<String> values) {
      this.columns = columns;
      this.values = values.iterator();
    }

    @Override
    public List<ResultColumn> columns() {
      return columns;
    }

    @Override
    public Object[] next() {
      return values.hasNext() ? new Object[] {values.next()} : null;
    }

    @Override
    public void cancel() {}

    @Override
    public List<String> lanceScans() {
      return List.of();
    }

    @Override
    public void close() {}
  }

  /** String rows handed over as one record batch of a stored {@code utf8} vector. */
  private static final class Batched implements ResultCursor {
    private final List<ResultColumn> columns;
    private final VectorSchemaRoot batch;
    private boolean given;
    boolean closed;

    Batched(BufferAllocator allocator, List<ResultColumn> columns, List<String> values) {
      this.columns = columns;
      batch = VectorSchemaRoot.create(WireTypes.resultSchema(columns), allocator);
      org.apache.arrow.vector.VarCharVector vector = (org.apache.arrow.vector.VarCharVector) batch.getVector(0);
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == null) {
          vector.setNull(i);
        } else {
          vector.setSafe(i, values.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      batch.setRowCount(values.size());
    }

    @Override
    public List<ResultColumn> columns() {
      return columns;
    }

    @Override
    public boolean hasArrowBatches() {
      return true;
    }

    @Override
    public VectorSchemaRoot nextArrowBatch() {
      if (given) {
        return null;
      }
      given = true;
      return batch;
    }

    @Override
    public Object[] next() {
      throw new AssertionError("a batched cursor is read by nextArrowBatch");
    }

    @Override
    public void cancel() {}

    @Override
    public List<String> lanceScans() {
      return List.of();
    }

    @Override
    public void close() {
      closed = true;
      batch.close();
    }
  }

  /** A ticket's cancel signal, cancelled by the test. */
  private static final class Signal implements CancelSignal {
    final List<Runnable> registered = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    void cancel() {
      cancelled = true;
      registered.forEach(Runnable::run);
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public Registration onCancel(Runnable stop) {
      registered.add(stop);
      return () -> registered.remove(stop);
    }
  }

  /** Records the values of each batch sent; always ready. */
  private static final class Listener implements ServerStreamListener {
    final List<List<Long>> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<List<String>> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile boolean completed;
    volatile Throwable error;
    Runnable onBatch = () -> { };
    private VectorSchemaRoot root;

    @Override
    public void start(VectorSchemaRoot root, DictionaryProvider dictionaries, IpcOption option) {
      this.root = root;
    }

    @Override
    public void putNext() {
      List<Long> values = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (int r = 0; r < root.getRowCount(); r++) {
        Object value = root.getVector(0).getObject(r);
        if (value instanceof Long number) {
          values.add(number);
        } else {
          text.add(value == null ? null : value.toString());
        }
      }
      batches.add(values);
      texts.add(text);
      onBatch.run();
    }

    @Override
    public void putNext(ArrowBuf metadata) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void putMetadata(ArrowBuf metadata) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void error(Throwable ex) {
      error = ex;
    }

    @Override
    public void completed() {
      completed = true;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void setOnCancelHandler(Runnable handler) {}
  }
}
