/**
 * Checked query to an optimized Calcite plan built with {@code RelBuilder}; value slots for
 * literals and parameters.
 */
package dev.omnigraph.compiler.plan;
