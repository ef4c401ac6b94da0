/**
 * The key lookup in each system under benchmark (OmniGraph embedded and JDBC, DuckDB, Kuzu): how
 * each one is loaded, queried and checked against the generated data.
 */
package dev.omnigraph.bench.keylookup;
