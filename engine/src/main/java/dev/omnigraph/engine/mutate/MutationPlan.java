package dev.omnigraph.engine.mutate;

import dev.omnigraph.engine.write.WritePlan;

/**
 * A validated mutation: the change to hand to the write engine and the counts the caller reports
 * ({@code gq-language.md} §9.5).
 *
 * @param write whole-row changes per touched table, and the read set
 * @param affectedNodes node rows inserted, upserted, updated or deleted (each row once)
 * @param affectedEdges edge rows inserted or deleted, cascaded deletes included (each row once)
 */
public record MutationPlan(WritePlan write, long affectedNodes, long affectedEdges) {}
