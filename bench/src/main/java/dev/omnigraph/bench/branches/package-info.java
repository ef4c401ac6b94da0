/**
 * The branch benchmark: branch create and delete latency, first and second writes on a branch, and
 * merge time and peak heap against target size ({@link dev.omnigraph.bench.branches.BranchBench}).
 */
package dev.omnigraph.bench.branches;
