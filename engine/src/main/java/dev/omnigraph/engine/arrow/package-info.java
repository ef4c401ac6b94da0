/**
 * Conversion between Arrow vectors and the engine's Java values.
 */
package dev.omnigraph.engine.arrow;
