package dev.omnigraph.engine.storage;

/**
 * One table's pin in the graph manifest.
 *
 * @param path the dataset directory relative to the graph root ({@code nodes/...} or {@code edges/...})
 * @param version the Lance version that the graph version publishes
 */
public record TableEntry(String path, long version) {}
