/**
 * {@code .gq} source to AST ({@code gq-language.md} §2-3) and declared parameters.
 */
package dev.omnigraph.compiler.query;
