/**
 * The {@code .gq} AST: plain records with source locations.
 */
package dev.omnigraph.compiler.query.ast;
