/**
 * Mutation execution ({@code gq-language.md} §9): turns a checked mutation and its bound
 * parameters ({@code MutationPlanner}), or the source rows of a SQL {@code INSERT}/{@code UPDATE}/
 * {@code DELETE} ({@code SqlChangePlanner}), into the pending change of one write, reading committed rows through
 * {@code engine.validate.BaseTables} and validating with the constraints every write shares.
 * Writes nothing itself; the write engine stages and publishes the plan.
 */
package dev.omnigraph.engine.mutate;
