package dev.omnigraph.engine.write;

import dev.omnigraph.engine.storage.GraphManifest;
import java.util.function.Function;

/**
 * A write to run through the {@link WriteEngine}.
 *
 * @param branch the graph branch written ({@code main} or a created branch)
 * @param kind mutation, load or merge
 * @param actor who writes, recorded on the graph commit; null when unknown
 * @param message the commit message
 * @param retryable true when the write may be prepared again from a newer base after another
 *     writer changed its read set (inserts, append and merge loads, {@code storage-recovery.md}
 *     §3.10); false for strict read-modify-write (update, delete, overwrite, merge), which then
 *     fails with {@code WRITE_CONFLICT}
 * @param mergedParent for a branch merge, the source head recorded as the commit's second parent; else null
 * @param prepare validates the write against the branch's base manifest and returns its plan;
 *     throws to reject it (nothing is written); may be called more than once when {@code retryable}
 */
public record WriteRequest(String branch, WriterKind kind, String actor, String message, boolean retryable, String mergedParent,
    Function<GraphManifest, WritePlan> prepare) {}
