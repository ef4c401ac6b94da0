/**
 * The static checks of a query: {@code TypeChecker} for reads (coded diagnostics and the checked
 * query the planner reads, {@code gq-language.md} §5-7) and {@code MutationChecker} for
 * {@code insert}/{@code update}/{@code delete} statements (§9, §7).
 */
package dev.omnigraph.compiler.query.check;
