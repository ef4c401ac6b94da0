package dev.omnigraph.jdbc.remote;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import java.util.List;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The rows of one remote query execution, read from its {@code DoGet} stream record batch by
 * record batch: the client holds the batch being read (and what gRPC has buffered ahead of it),
 * never the whole result. Values convert as {@link ColumnReaders} says. The endpoints of the
 * execution's {@link FlightInfo} are read one after the other (an OmniGraph server answers one).
 *
 * <p>{@link #cancel()} (from any thread) asks the server to cancel the execution
 * ({@code CancelFlightInfo}) and cancels the stream, so the reader's next {@link #next()} fails
 * with the engine's {@code CANCELLED}; a lost connection fails it with a {@link dev.omnigraph.jdbc.SqlFailure}
 * ({@code 08006}). {@link #close()} cancels an unfinished stream and frees its buffers.
 * {@link #next()} and {@link #close()} are for one thread.
 */
final class FlightCursor implements ResultCursor {
  private final RemoteSession session;
  private final FlightInfo info;
  private final List<ResultColumn> columns;
  private int endpoint;
  private volatile FlightStream stream;
  private ColumnReaders.Reader[] readers;
  private int row;
  private int rows;
  private volatile boolean cancelled;
  private boolean closed;

  /**
   * @param session the session whose client reads the streams
   * @param info the execution: its endpoints' tickets are read in order
   * @param columns the result columns, as the prepared statement's schema announced them
   */
  FlightCursor(RemoteSession session, FlightInfo info, List<ResultColumn> columns) {
    this.session = session;
    this.info = info;
    this.columns = List.copyOf(columns);
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public Object[] next() {
    try {
      while (row >= rows) {
        if (!nextBatch()) {
          close();
          return null;
        }
      }
    } catch (FlightRuntimeException e) {
      close();
      throw cancelled ? new OmniGraphException(ErrorCode.CANCELLED, null, "the query was cancelled", e)
          : RemoteErrors.unchecked(e, session.address());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    Object[] values = new Object[readers.length];
    for (int c = 0; c < readers.length; c++) {
      values[c] = readers[c].read(row);
    }
    row++;
    return values;
  }

  /** Loads the next record batch, opening the next endpoint's stream when one ends; false at the end. */
  private boolean nextBatch() {
    if (closed) {
      return false;
    }
    if (cancelled) {
      throw new OmniGraphException(ErrorCode.CANCELLED, "the query was cancelled");
    }
    if (stream == null) {
      if (endpoint >= info.getEndpoints().size()) {
        return false;
      }
      FlightEndpoint next = info.getEndpoints().get(endpoint++);
      stream = session.sql().getStream(next.getTicket(), session.options());
    }
    if (!stream.next()) {
      closeStream();
      return true;
    }
    VectorSchemaRoot root = stream.getRoot();
    if (root.getFieldVectors().size() != columns.size()) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, "the server streamed " + root.getFieldVectors().size()
          + " columns where the statement announced " + columns.size());
    }
    readers = new ColumnReaders.Reader[columns.size()];
    for (int c = 0; c < readers.length; c++) {
      readers[c] = ColumnReaders.reader(root.getVector(c), columns.get(c).type());
    }
    row = 0;
    rows = root.getRowCount();
    return true;
  }

  /**
   * Cancels the execution on the server and the stream; harmless after the end. A failure to
   * reach the server is ignored: cancelling the stream alone stops it.
   */
  @Override
  public void cancel() {
    if (cancelled || closed) {
      return;
    }
    cancelled = true;
    FlightStream open = stream;
    if (open != null) {
      open.cancel("the query was cancelled", null);
    }
    session.cancel(info);
  }

  /** Remote results report no Lance scans: they ran on the server. */
  @Override
  public List<String> lanceScans() {
    return List.of();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeStream();
  }

  /**
   * Closes the current stream, cancelling it when unfinished; its buffers are freed either way.
   * The error a cancelled stream reports on close is the cancellation itself, so it is not
   * passed on.
   */
  private void closeStream() {
    FlightStream open = stream;
    stream = null;
    readers = null;
    row = 0;
    rows = 0;
    if (open != null) {
      try {
        open.close();
      } catch (Exception e) {
        // The stream was cancelled or failed; its failure was reported by next(), if read.
      }
    }
  }
}
