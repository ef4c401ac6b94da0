/**
 * Crash recovery: resolves the sidecars interrupted writes left, all or nothing per sidecar, and
 * records each outcome in the audit table ({@code storage-recovery.md} §4).
 */
package dev.omnigraph.engine.recovery;
