package dev.omnigraph.flight;

import com.google.protobuf.ByteString;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.CancelStatus;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;

/**
 * The tickets a client cancelled ({@code CancelFlightInfo}): a stream of a cancelled ticket stops
 * before its next record batch with {@code CANCELLED}, and a {@code DoGet} of it that has not
 * started fails at once. An engine execution already running is not interrupted; it finishes
 * and its rows are dropped. Executing the statement again ({@code GetFlightInfo}) hands out the
 * same ticket (ad-hoc tickets carry the text, prepared ones the handle), so it forgets the
 * cancellation ({@link #forget}). The last {@value #REMEMBERED} cancelled tickets are remembered.
 * Thread-safe.
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

  /** Marks every endpoint ticket of the request's FlightInfo; answers {@code CANCELLED}. */
  synchronized CancelStatus cancel(CancelFlightInfoRequest request) {
    for (FlightEndpoint endpoint : request.getInfo().getEndpoints()) {
      cancelled.put(ByteString.copyFrom(endpoint.getTicket().getBytes()), Boolean.TRUE);
    }
    return CancelStatus.CANCELLED;
  }

  /** Forgets the cancellation of every endpoint ticket of {@code info}: a new execution. */
  synchronized void forget(FlightInfo info) {
    for (FlightEndpoint endpoint : info.getEndpoints()) {
      cancelled.remove(ByteString.copyFrom(endpoint.getTicket().getBytes()));
    }
  }

  /** True when the ticket with these bytes was cancelled. */
  synchronized boolean isCancelled(byte[] ticket) {
    return cancelled.containsKey(ByteString.copyFrom(ticket));
  }
}
