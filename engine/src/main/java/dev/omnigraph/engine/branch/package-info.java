/**
 * Branches of the whole graph, commit history and merges ({@code storage-recovery.md} §1.10, §2.3,
 * §5; {@code surface.md} §6-7): branch names, the commit DAG (log, time travel, merge base), and
 * the three-way merge that becomes one two-parent graph commit through the write engine.
 */
package dev.omnigraph.engine.branch;
