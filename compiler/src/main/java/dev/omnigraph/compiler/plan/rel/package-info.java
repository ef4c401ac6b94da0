/**
 * The graph's relational operators: {@code LanceTableScan} (with pushed columns, filter and
 * limit) and {@code GraphExpand} (one hop over an adjacency index).
 */
package dev.omnigraph.compiler.plan.rel;
