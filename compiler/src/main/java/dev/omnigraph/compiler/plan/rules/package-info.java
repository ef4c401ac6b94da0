/**
 * Planner rules that push projections, filters and limits into {@code LanceTableScan}, and the
 * {@code HepPlanner} pass that runs them.
 */
package dev.omnigraph.compiler.plan.rules;
