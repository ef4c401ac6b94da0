package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * The graph's manifest: which Lance version of every table belongs to the current graph version,
 * and the graph commit that published it. A read sees exactly these versions, so a query never
 * mixes tables from two writes. The manifest and the head commit's record agree: the record
 * ({@link GraphCommit}) is written first, then the manifest naming it is published in one atomic
 * rename, so data and lineage become visible together ({@code storage-recovery.md} §9 invariant 2).
 *
 * @param formatVersion the manifest format, {@link #FORMAT_VERSION}
 * @param graphVersion increases by one with every published write
 * @param headCommit the id of the graph commit that published this manifest
 * @param tables table key ({@code node:Person}, {@code edge:Knows}) to its pin, sorted by key
 */
public record GraphManifest(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("graph_version") long graphVersion,
    @JsonProperty("head_commit") String headCommit,
    @JsonProperty("tables") Map<String, TableEntry> tables) {

  /** The manifest format this version writes and reads; other formats are refused, not migrated. */
  public static final int FORMAT_VERSION = 2;

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

  /** The Lance version this manifest pins for {@code tableKey}. */
  public long version(String tableKey) {
    return table(tableKey).version();
  }

  /** The manifest a commit publishes: some tables moved to new Lance versions, a new head. */
  public GraphManifest publish(String commitId, Map<String, Long> newVersions) {
    Map<String, TableEntry> next = new TreeMap<>(tables);
    newVersions.forEach((key, version) -> next.put(key, new TableEntry(table(key).path(), version)));
    return new GraphManifest(formatVersion, graphVersion + 1, commitId, next);
  }
}
