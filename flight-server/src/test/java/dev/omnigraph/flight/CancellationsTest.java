package dev.omnigraph.flight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.flight.statement.CancelSignal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class CancellationsTest {
  private static final byte[] TICKET = "SELECT 1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER = "SELECT 2".getBytes(StandardCharsets.UTF_8);

  private static FlightInfo info(byte[] ticket) {
    return new FlightInfo(new Schema(List.of()), FlightDescriptor.command(ticket), List.of(new FlightEndpoint(new Ticket(ticket))),
        -1, -1);
  }

  @Test
  void aCancelStopsTheRunningStreamsOfItsTicketOnly() {
    Cancellations cancellations = new Cancellations();
    AtomicInteger stopped = new AtomicInteger();
    AtomicInteger otherStopped = new AtomicInteger();
    CancelSignal signal = cancellations.signal(TICKET);
    CancelSignal.Registration first = signal.onCancel(stopped::incrementAndGet);
    CancelSignal.Registration ended = signal.onCancel(() -> stopped.addAndGet(100));
    cancellations.signal(OTHER).onCancel(otherStopped::incrementAndGet);
    ended.close();

    cancellations.cancel(new CancelFlightInfoRequest(info(TICKET)));

    assertThat(stopped).as("the running stream stops; the one that ended is forgotten").hasValue(1);
    assertThat(otherStopped).hasValue(0);
    assertThat(signal.isCancelled()).isTrue();
    assertThat(cancellations.signal(OTHER).isCancelled()).isFalse();
    first.close();
  }

  @Test
  void aStreamStartingOnACancelledTicketStopsAtOnceUntilTheStatementRunsAgain() {
    Cancellations cancellations = new Cancellations();
    cancellations.cancel(new CancelFlightInfoRequest(info(TICKET)));
    AtomicInteger stopped = new AtomicInteger();

    cancellations.signal(TICKET).onCancel(stopped::incrementAndGet).close();
    assertThat(stopped).hasValue(1);

    cancellations.forget(info(TICKET));
    cancellations.signal(TICKET).onCancel(stopped::incrementAndGet).close();
    assertThat(stopped).hasValue(1);
    assertThat(cancellations.isCancelled(TICKET)).isFalse();
  }
}
