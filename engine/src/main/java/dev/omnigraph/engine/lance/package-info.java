/**
 * The boundary to the Lance Java SDK: create, open at a version, scan with pushed columns,
 * filter and limit, stage fragments, and commit transactions. No other package imports
 * {@code org.lance} (a test enforces it).
 */
package dev.omnigraph.engine.lance;
