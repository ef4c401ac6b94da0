package dev.omnigraph.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.flight.auth.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {
  @Test
  void defaultsAreLoopbackPort32010AndBatchesOf65536Rows() {
    assertThat(ServerOptions.DEFAULT_HOST).isEqualTo("127.0.0.1");
    assertThat(ServerOptions.DEFAULT_PORT).isEqualTo(32010);
    assertThat(ServerOptions.DEFAULT_BATCH_ROWS).isEqualTo(65_536);
    assertThat(ServerOptions.local(0)).isEqualTo(new ServerOptions("127.0.0.1", 0, null, 65_536));
  }

  @Test
  void noAuthIsRefusedOnAnAddressOtherMachinesReach() {
    assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, null, 1)).isInstanceOf(OmniGraphException.class)
        .hasMessageContaining("refusing to serve without authentication on 0.0.0.0");
    assertThat(new ServerOptions("0.0.0.0", 0, new Users(Map.of("a", "b")), 1).host()).isEqualTo("0.0.0.0");
    assertThat(new ServerOptions("::1", 0, null, 1).users()).isNull();
  }

  @Test
  void badPortsAndBatchSizesAreRefused() {
    assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 70_000, null, 1)).hasMessageContaining("port must be 0-65535");
    assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 0, null, 0)).hasMessageContaining("batch rows must be >= 1");
  }
}
