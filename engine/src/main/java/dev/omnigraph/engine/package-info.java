/**
 * The embedded API: {@link dev.omnigraph.engine.Graph} and its query results.
 */
package dev.omnigraph.engine;
