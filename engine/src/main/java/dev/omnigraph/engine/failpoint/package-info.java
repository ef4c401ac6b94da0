/**
 * Fault injection for crash tests: named points on the write and recovery paths that tests
 * enable to fail, crash or pause there ({@code storage-recovery.md} §8).
 */
package dev.omnigraph.engine.failpoint;
