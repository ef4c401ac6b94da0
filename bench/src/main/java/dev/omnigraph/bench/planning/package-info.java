/**
 * Helpers of the planning benchmark ({@link dev.omnigraph.bench.PlanCache}): Calcite's own SQL
 * path on the key-lookup data, for scale.
 */
package dev.omnigraph.bench.planning;
