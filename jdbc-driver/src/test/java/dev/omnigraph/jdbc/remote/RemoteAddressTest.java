package dev.omnigraph.jdbc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RemoteAddressTest {
  private static RemoteAddress parse(String target) throws SQLException {
    return RemoteAddress.parse("jdbc:omnigraph:" + target, target);
  }

  @Test
  void hostAndPort() throws SQLException {
    assertThat(parse("//127.0.0.1:32011")).isEqualTo(new RemoteAddress("127.0.0.1", 32011));
    assertThat(parse("//db.example.com:9000/")).isEqualTo(new RemoteAddress("db.example.com", 9000));
  }

  @Test
  void theDefaultPortIsTheServers() throws SQLException {
    assertThat(parse("//localhost")).isEqualTo(new RemoteAddress("localhost", RemoteAddress.DEFAULT_PORT));
  }

  @Test
  void ipv6InBrackets() throws SQLException {
    RemoteAddress address = parse("//[::1]:4000");
    assertThat(address).isEqualTo(new RemoteAddress("::1", 4000));
    assertThat(address.toString()).isEqualTo("[::1]:4000");
  }

  @Test
  void badAddressesNameTheUrlAndTheExpectedForm() {
    for (String bad : new String[] {"//", "//:80", "//host:abc", "//host:0", "//host:70000", "//host:80/graph", "//[::1:80"}) {
      assertThatThrownBy(() -> parse(bad))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
          .hasMessageContaining("jdbc:omnigraph:" + bad)
          .hasMessageContaining(RemoteAddress.FORM);
    }
  }
}
