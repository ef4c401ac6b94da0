/** Query lint ({@code gq-language.md} §8): per-query static checks and update-coverage findings over a {@code .gq} file. */
package dev.omnigraph.compiler.query.lint;
