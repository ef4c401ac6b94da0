/** The write benchmark: single-row insert latency, concurrent writers, bulk load ({@link dev.omnigraph.bench.writes.WriteBench}). */
package dev.omnigraph.bench.writes;
