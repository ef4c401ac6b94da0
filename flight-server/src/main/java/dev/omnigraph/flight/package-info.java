/**
 * The Arrow Flight SQL server over {@link dev.omnigraph.engine.Graph} ({@code ecosystem.md} §3):
 * {@link dev.omnigraph.flight.FlightSqlServer} starts it, {@link dev.omnigraph.flight.OmniGraphProducer}
 * dispatches each call, {@link dev.omnigraph.flight.FlightErrors} maps engine errors to gRPC
 * statuses. Sub-packages by concern: {@code meta} (metadata commands), {@code statement}
 * (statements, prepared statements, parameters, result batches), {@code ingest} (bulk load),
 * {@code auth} (basic to bearer tokens), {@code session} (session options).
 *
 * <p>Uses the engine's public API only; never imports {@code org.lance}.
 */
package dev.omnigraph.flight;
