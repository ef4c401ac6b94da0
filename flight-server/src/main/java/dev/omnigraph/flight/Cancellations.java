package dev.omnigraph.flight;

import com.google.protobuf.ByteString;
import dev.omnigraph.flight.statement.CancelSignal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.CancelStatus;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;

/**
 * The tickets a client cancelled ({@code CancelFlightInfo}): a stream of a cancelled ticket stops
 * with {@code CANCELLED}, and a {@code DoGet} of it that has not started fails at once. A stream
 * running when its ticket is cancelled has registered how to stop its execution
 * ({@link CancelSignal#onCancel}, the engine cursor's {@code cancel}), so an engine call already
 * under way stops at its next scan batch too. Executing the statement again
 * ({@code GetFlightInfo}) hands out the same ticket (ad-hoc tickets carry the text, prepared ones
 * the handle), so it forgets the cancellation ({@link #forget}); two clients running the same
 * ad-hoc text share a ticket, so a cancel stops both. The last {@value #REMEMBERED} cancelled
 * tickets are remembered. Thread-safe; the registered stops run outside the lock.
 */
final class Cancellations {
  /** How many cancelled tickets are remembered. */
  static final int REMEMBERED = 4096;

  private final Map<ByteString, Boolean> cancelled = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ByteString, Boolean> eldest) {
      return size() > REMEMBERED;
    }
  };
  /** The stops of running streams, by ticket; one entry per registration. */
  private final Map<ByteString, List<Runnable>> running = new HashMap<>();

  /**
   * Marks every endpoint ticket of the request's FlightInfo and stops their running streams;
   * answers {@code CANCELLED}.
   */
  CancelStatus cancel(CancelFlightInfoRequest request) {
    List<Runnable> stops = new ArrayList<>();
    synchronized (this) {
      for (FlightEndpoint endpoint : request.getInfo().getEndpoints()) {
        ByteString ticket = ByteString.copyFrom(endpoint.getTicket().getBytes());
        cancelled.put(ticket, Boolean.TRUE);
        stops.addAll(running.getOrDefault(ticket, List.of()));
      }
    }
    stops.forEach(Runnable::run);
    return CancelStatus.CANCELLED;
  }

  /** Forgets the cancellation of every endpoint ticket of {@code info}: a new execution. */
  synchronized void forget(FlightInfo info) {
    for (FlightEndpoint endpoint : info.getEndpoints()) {
      cancelled.remove(ByteString.copyFrom(endpoint.getTicket().getBytes()));
    }
  }

  /** True when the ticket with these bytes was cancelled. */
  boolean isCancelled(byte[] ticket) {
    return isCancelled(ByteString.copyFrom(ticket));
  }

  /** The cancellation signal of a stream of the ticket with these bytes. */
  CancelSignal signal(byte[] ticket) {
    ByteString key = ByteString.copyFrom(ticket);
    return new CancelSignal() {
      @Override
      public boolean isCancelled() {
        return Cancellations.this.isCancelled(key);
      }

      @Override
      public Registration onCancel(Runnable stop) {
        return register(key, stop);
      }
    };
  }

  private synchronized boolean isCancelled(ByteString ticket) {
    return cancelled.containsKey(ticket);
  }

  private CancelSignal.Registration register(ByteString ticket, Runnable stop) {
    Runnable entry = stop::run; // a distinct object per registration, so removal takes this one
    synchronized (this) {
      if (!cancelled.containsKey(ticket)) {
        running.computeIfAbsent(ticket, t -> new ArrayList<>()).add(entry);
        return () -> unregister(ticket, entry);
      }
    }
    stop.run();
    return () -> { };
  }

  private synchronized void unregister(ByteString ticket, Runnable entry) {
    List<Runnable> stops = running.get(ticket);
    if (stops != null && stops.removeIf(s -> s == entry) && stops.isEmpty()) {
      running.remove(ticket);
    }
  }
}
