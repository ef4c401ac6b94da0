package dev.omnigraph.engine.load;

import java.util.Map;

/**
 * One parsed JSONL record ({@code pg-schema.md} §7.2): a node {@code {"type": T, "data": {...}}} or
 * an edge {@code {"edge": E, "from": id, "to": id, "data": {...}}}.
 *
 * @param line the 1-based line number in the input
 * @param edge true for an edge record
 * @param typeName the node or edge type name as written
 * @param from the source node id (edges only)
 * @param to the target node id (edges only)
 * @param data the {@code data} object as JSON-shaped Java values, in input order
 */
public record JsonlRecord(int line, boolean edge, String typeName, String from, String to, Map<String, Object> data) {}
