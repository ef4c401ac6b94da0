/**
 * Tables opened at a version, and resident in-memory copies of small tables with an id index.
 */
package dev.omnigraph.engine.scan;
