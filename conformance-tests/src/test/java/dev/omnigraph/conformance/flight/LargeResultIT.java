package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result far larger than gRPC's outbound buffer (about 30 MB in 5 batches of 65,536 rows) streams
 * to the end: the server waits for the client to drain between batches without waiting on a
 * callback its own gRPC thread would have to deliver (which stalled such streams until a 5-minute
 * timeout; the JUnit timeout catches a return of that hang).
 */
class LargeResultIT {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aResultLargerThanTheTransportBufferStreamsToTheEnd() throws Exception {
    try (SocialGraphServer fixture = SocialGraphServer.start(dir)) {
      String sevenWayCrossJoin = "SELECT a.name, b.name, c.name, d.name, e.name, f.name, g.name "
          + "FROM Person a, Person b, Person c, Person d, Person e, Person f, Person g";
      long rows = 0;
      long bytes = 0;
      try (FlightStream stream = fixture.client.getStream(fixture.client.execute(sevenWayCrossJoin).getEndpoints().get(0).getTicket())) {
        while (stream.next()) {
          rows += stream.getRoot().getRowCount();
          bytes += stream.getRoot().getFieldVectors().stream().mapToLong(v -> v.getBufferSize()).sum();
        }
      }
      assertThat(rows).isEqualTo(279_936);
      assertThat(bytes).isGreaterThan(20_000_000);
    }
  }
}
