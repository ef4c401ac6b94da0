package dev.omnigraph.engine;

/**
 * What a mutation changed ({@code gq-language.md} §9.5): node rows and edge rows affected, each
 * counted once — an insert or upsert counts 1, an update the rows it matched, a delete the rows it
 * removed including cascaded edges.
 *
 * @param affectedNodes node rows inserted, replaced, updated or deleted
 * @param affectedEdges edge rows inserted or deleted
 * @param commitId the graph commit the mutation published, or null when it changed nothing
 */
public record MutationResult(long affectedNodes, long affectedEdges, String commitId) {}
