/**
 * Seeded generators of benchmark data, written in the same values for OmniGraph (JSONL) and for
 * the peer systems (CSV).
 */
package dev.omnigraph.bench.data;
