package dev.omnigraph.flight.auth;

import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.auth2.BasicCallHeaderAuthenticator;
import org.apache.arrow.flight.auth2.CallHeaderAuthenticator;
import org.apache.arrow.flight.auth2.GeneratedBearerTokenAuthenticator;

/**
 * How a server authenticates calls ({@code ecosystem.md} §3.1): with {@link Users}, the client
 * sends {@code Authorization: Basic <user:password>} on the handshake (or any call) and gets
 * {@code Authorization: Bearer <token>} back, which it sends from then on; tokens expire after
 * {@value #TOKEN_IDLE_MINUTES} minutes unused. A wrong password or unknown token is
 * {@code UNAUTHENTICATED} ("invalid user name or password"), never saying which part was wrong.
 * The user name becomes the call's peer identity. Without users the server runs in no-auth mode:
 * every call is accepted and its peer identity is empty. Stateless.
 */
public final class Authentication {
  /** Idle minutes after which a bearer token is forgotten. */
  public static final int TOKEN_IDLE_MINUTES = 120;

  private Authentication() {}

  /** The authenticator for {@code users}: basic credentials to bearer tokens. */
  public static CallHeaderAuthenticator basicToBearer(Users users) {
    return new GeneratedBearerTokenAuthenticator(new BasicCallHeaderAuthenticator((user, password) -> {
      if (!users.accepts(user, password)) {
        throw CallStatus.UNAUTHENTICATED.withDescription("invalid user name or password").toRuntimeException();
      }
      return () -> user;
    }), TOKEN_IDLE_MINUTES);
  }
}
