/**
 * The static check of read queries: coded diagnostics and the checked query the planner reads
 * ({@code gq-language.md} §5-7).
 */
package dev.omnigraph.compiler.query.check;
