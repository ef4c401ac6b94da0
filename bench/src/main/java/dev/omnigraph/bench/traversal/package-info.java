/**
 * The traversal questions in each system under benchmark (OmniGraph embedded, DuckDB, Kuzu): the
 * distinct persons within {@code 1..k} hops of one person, and every two-hop path as rows — how
 * each system is loaded, queried and checked against the answers computed from the generated
 * {@link dev.omnigraph.bench.data.KnowsGraphData}.
 */
package dev.omnigraph.bench.traversal;
