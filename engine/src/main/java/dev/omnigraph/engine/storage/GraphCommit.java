package dev.omnigraph.engine.storage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One graph commit ({@code storage-recovery.md} §1.4): an immutable record, stored as
 * {@code _commits/<id>.json} before the manifest naming it is published. A record whose id no
 * manifest or descendant names was never published and is ignored (like staged Lance files).
 * It holds every table pin of the snapshot it published, so a read at a commit (time travel) needs
 * nothing else.
 *
 * @param id a ULID, minted once per logical operation and kept by recovery's roll-forward
 * @param branch the graph branch the commit was published on
 * @param parents the branch's previous head first, then, for a merge, the merged source head;
 *     empty for the genesis commit
 * @param actor who wrote it ({@code omnigraph:recovery} for a compensation), null when unknown
 * @param createdAtMicros creation time in microseconds since the epoch
 * @param message a description of the operation
 * @param graphVersion the branch's graph version this commit publishes
 * @param tables every table's pin in that graph version, by table key
 */
public record GraphCommit(
    @JsonProperty("id") String id,
    @JsonProperty("branch") String branch,
    @JsonProperty("parents") List<String> parents,
    @JsonProperty("actor") String actor,
    @JsonProperty("created_at") long createdAtMicros,
    @JsonProperty("message") String message,
    @JsonProperty("graph_version") long graphVersion,
    @JsonProperty("tables") Map<String, TableEntry> tables) {

  public GraphCommit {
    parents = List.copyOf(parents);
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
  }
}
