/** Authentication: users and the basic-handshake-to-bearer-token authenticator. */
package dev.omnigraph.flight.auth;
