package dev.omnigraph.flight.statement;

/**
 * How a running {@code DoGet} stream learns that a client cancelled its ticket
 * ({@code CancelFlightInfo}, which arrives on another call's thread): it can ask
 * ({@link #isCancelled()}) between record batches, and it registers what stops its engine work
 * ({@link #onCancel}) for while it runs, so a cancel also reaches an execution busy inside one
 * engine call. Implementations are thread-safe.
 */
public interface CancelSignal {

  /** True once the stream's ticket was cancelled. */
  boolean isCancelled();

  /**
   * Runs {@code stop} when the ticket is cancelled, on the cancelling thread, until the returned
   * registration is closed; runs it at once, on this thread, when the ticket already is cancelled.
   * {@code stop} must be quick and thread-safe (e.g. {@link dev.omnigraph.engine.ResultCursor#cancel()}).
   */
  Registration onCancel(Runnable stop);

  /** One {@link #onCancel} registration; closing it (idempotent) forgets {@code stop}. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
