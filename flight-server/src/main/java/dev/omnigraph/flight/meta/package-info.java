/**
 * The Flight SQL metadata commands ({@code GetSqlInfo}, {@code GetXdbcTypeInfo},
 * {@code GetCatalogs}, {@code GetDbSchemas}, {@code GetTables}, {@code GetTableTypes}, the key
 * commands), answered from {@link dev.omnigraph.engine.meta.GraphMetadata} in exactly the
 * canonical schemas of {@code FlightSqlProducer.Schemas}. Must not run queries.
 */
package dev.omnigraph.flight.meta;
