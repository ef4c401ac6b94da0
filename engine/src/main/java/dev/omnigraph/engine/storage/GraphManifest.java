package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * The graph's manifest: which Lance version of every table belongs to the current graph version.
 * A read sees exactly these versions, so a query never mixes tables from two writes.
 *
 * @param formatVersion the manifest format, currently 1
 * @param graphVersion increases by one with every published write
 * @param tables table key ({@code node:Person}, {@code edge:Knows}) to its pin, sorted by key
 */
public record GraphManifest(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("graph_version") long graphVersion,
    @JsonProperty("tables") Map<String, TableEntry> tables) {

  /** The manifest format this version writes and reads. */
  public static final int FORMAT_VERSION = 1;

  public GraphManifest {
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
  }

  /** The pin of a table; the key must exist (the catalog and the manifest agree). */
  public TableEntry table(String tableKey) {
    TableEntry entry = tables.get(tableKey);
    if (entry == null) {
      throw new IllegalStateException("manifest has no table " + tableKey);
    }
    return entry;
  }

  /** The next graph version with some tables moved to new Lance versions. */
  public GraphManifest publish(Map<String, Long> newVersions) {
    Map<String, TableEntry> next = new TreeMap<>(tables);
    newVersions.forEach((key, version) -> next.put(key, new TableEntry(table(key).path(), version)));
    return new GraphManifest(formatVersion, graphVersion + 1, next);
  }
}
