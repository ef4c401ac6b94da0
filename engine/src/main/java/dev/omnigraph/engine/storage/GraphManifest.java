package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * One graph branch's manifest: which version of every table belongs to the branch's current
 * graph version, and the graph commit that published it. A read sees exactly these versions, so a
 * query never mixes tables from two writes. The head commit's record ({@link GraphCommit}) is
 * written first, then the manifest naming it is published in one atomic rename, so data and
 * lineage become visible together ({@code storage-recovery.md} §9 invariant 2).
 *
 * @param formatVersion the manifest format, {@link #FORMAT_VERSION}
 * @param graphVersion increases by one with every commit published on this branch's line
 * @param headCommit the id of the graph commit that published this manifest
 * @param branch the graph branch ({@code main} or a created branch's name)
 * @param incarnation for a created branch, the id minted when it was created: a branch deleted
 *     and created again under the same name has another, so nothing of the old one is reused
 *     (the reference's branch identifier, §1.10); null for {@code main}
 * @param tables table key ({@code node:Person}, {@code edge:Knows}) to its pin, sorted by key
 * @param basedOn the Lance branches (other graph branches' forks) this branch's tables were read
 *     from when it was created, directly or through its source: their data must outlive this
 *     branch, so their graph branches cannot be deleted while it exists
 */
public record GraphManifest(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("graph_version") long graphVersion,
    @JsonProperty("head_commit") String headCommit,
    @JsonProperty("branch") String branch,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("incarnation") String incarnation,
    @JsonProperty("tables") Map<String, TableEntry> tables,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("based_on") java.util.Set<String> basedOn) {

  /** The manifest format this version writes and reads; other formats are refused, not migrated. */
  public static final int FORMAT_VERSION = 2;

  /** The branch every graph has. */
  public static final String MAIN = "main";

  public GraphManifest {
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    basedOn = basedOn == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(basedOn));
  }

  /** A manifest of a branch nothing else was read from (a new graph's main, a snapshot). */
  public GraphManifest(int formatVersion, long graphVersion, String headCommit, String branch, String incarnation,
      Map<String, TableEntry> tables) {
    this(formatVersion, graphVersion, headCommit, branch, incarnation, tables, java.util.Set.of());
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

  /** The Lance branch a write on this graph branch commits to: its own fork, or the main line on {@code main}. */
  public String lanceBranch() {
    return incarnation;
  }

  /** True when {@code tableKey}'s pin is on this graph branch's own line, so a write needs no fork first. */
  public boolean owns(String tableKey) {
    return java.util.Objects.equals(table(tableKey).branch(), lanceBranch());
  }

  /** The manifest a commit publishes: some tables moved to new pins, a new head. */
  public GraphManifest publish(String commitId, Map<String, TableEntry> newEntries) {
    Map<String, TableEntry> next = new TreeMap<>(tables);
    newEntries.forEach((key, entry) -> {
      table(key);
      next.put(key, entry);
    });
    return new GraphManifest(formatVersion, graphVersion + 1, commitId, branch, incarnation, next, basedOn);
  }

  /** A new branch's first manifest: this one's pins and head, under another name and incarnation. */
  public GraphManifest forkAs(String newBranch, String newIncarnation) {
    java.util.Set<String> based = new java.util.TreeSet<>(basedOn);
    tables.values().forEach(entry -> {
      if (entry.branch() != null) {
        based.add(entry.branch());
      }
    });
    return new GraphManifest(formatVersion, graphVersion, headCommit, newBranch, newIncarnation, tables, based);
  }
}
