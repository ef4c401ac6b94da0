package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.flight.ServerOptions;
import dev.omnigraph.flight.auth.Users;
import dev.omnigraph.flight.session.SessionOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.arrow.flight.CloseSessionRequest;
import org.apache.arrow.flight.CloseSessionResult;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.SessionOptionValueFactory;
import org.apache.arrow.flight.SetSessionOptionsRequest;
import org.apache.arrow.flight.SetSessionOptionsResult;
import org.apache.arrow.flight.grpc.CredentialCallOption;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Basic-to-bearer authentication and session options over Flight SQL. */
class AuthAndSessionsIT {
  @TempDir
  Path dir;

  @Test
  void basicHandshakeGivesABearerTokenThatLaterCallsUseAndCommitsRecordTheUser() throws Exception {
    try (SocialGraphServer fixture = new SocialGraphServer(dir, new Users(Map.of("ada", "lovelace")), ServerOptions.DEFAULT_BATCH_ROWS);
        FlightClient raw = fixture.newClient()) {
      Optional<CredentialCallOption> bearer = raw.authenticateBasicToken("ada", "lovelace");
      assertThat(bearer).isPresent();
      FlightSqlClient client = new FlightSqlClient(raw);
      var info = client.execute("CALL friends_of('ada')", bearer.get());
      try (var stream = client.getStream(info.getEndpoints().get(0).getTicket(), bearer.get())) {
        assertThat(stream.next()).isTrue();
        assertThat(stream.getRoot().getRowCount()).isEqualTo(2);
      }
      client.executeUpdate("query add() { insert Person { slug: \"lin\", name: \"Lin\" } }", bearer.get());
      assertThat(fixture.graph.log().get(0).actor()).isEqualTo("ada");
      FlightSqlClient.Transaction transaction = client.beginTransaction(bearer.get());
      client.executeUpdate("query add() { insert Person { slug: \"mei\", name: \"Mei\" } }", transaction, bearer.get());
      client.commit(transaction, bearer.get());
      assertThat(fixture.graph.log().get(0).actor()).isEqualTo("ada");
      assertThatThrownBy(() -> client.execute("CALL friends_of('ada')")).isInstanceOfSatisfying(FlightRuntimeException.class,
          e -> assertThat(e.status().code()).isEqualTo(FlightStatusCode.UNAUTHENTICATED));
      assertThatThrownBy(() -> raw.authenticateBasicToken("ada", "wrong")).isInstanceOfSatisfying(FlightRuntimeException.class,
          e -> assertThat(e.status().code()).isEqualTo(FlightStatusCode.UNAUTHENTICATED));
    }
  }

  @Test
  void sessionOptionsAcceptTheGraphAndItsBranchesAndCloseSessionForgetsThem() throws Exception {
    try (SocialGraphServer fixture = SocialGraphServer.start(dir)) {
      FlightSqlClient client = fixture.client;
      SetSessionOptionsResult result = client.setSessionOptions(new SetSessionOptionsRequest(Map.of(
          SessionOptions.CATALOG, SessionOptionValueFactory.makeSessionOptionValue("social"),
          SessionOptions.SCHEMA, SessionOptionValueFactory.makeSessionOptionValue("feature"),
          "timezone", SessionOptionValueFactory.makeSessionOptionValue("UTC"))));
      assertThat(result.getErrors()).containsOnlyKeys(SessionOptions.SCHEMA, "timezone");
      assertThat(result.getErrors().get(SessionOptions.SCHEMA).value).isEqualTo(SetSessionOptionsResult.ErrorValue.INVALID_VALUE);
      assertThat(result.getErrors().get("timezone").value).isEqualTo(SetSessionOptionsResult.ErrorValue.INVALID_NAME);
      assertThat(client.closeSession(new CloseSessionRequest()).getStatus()).isEqualTo(CloseSessionResult.Status.CLOSED);
    }
  }
}
