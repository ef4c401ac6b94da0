/**
 * JMH benchmarks ({@link dev.omnigraph.bench.KeyLookup}, {@link dev.omnigraph.bench.Traversal},
 * {@link dev.omnigraph.bench.PlanCache}) and quick non-JMH checks
 * ({@link dev.omnigraph.bench.KeyLookupCheck}, {@link dev.omnigraph.bench.TraversalCheck}). See
 * {@code bench/README.md}.
 */
package dev.omnigraph.bench;
