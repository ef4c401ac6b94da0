/**
 * The staged write path: stage fragments, commit each table, publish one manifest.
 */
package dev.omnigraph.engine.write;
