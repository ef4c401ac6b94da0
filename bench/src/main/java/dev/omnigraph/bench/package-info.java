/**
 * JMH benchmarks ({@link dev.omnigraph.bench.KeyLookup}) and their quick non-JMH check
 * ({@link dev.omnigraph.bench.KeyLookupCheck}). See {@code bench/README.md}.
 */
package dev.omnigraph.bench;
