/**
 * Execution of optimized plans over one manifest: scans, graph expansion, joins, sort, aggregate.
 */
package dev.omnigraph.engine.exec;
