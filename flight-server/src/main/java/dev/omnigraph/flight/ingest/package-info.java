/**
 * {@code CommandStatementIngest}: an Arrow stream loaded into one node or edge type through the
 * engine's JSONL load path, with the Flight SQL table options mapped onto load modes.
 */
package dev.omnigraph.flight.ingest;
