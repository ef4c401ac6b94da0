/**
 * The parsed declarations of a {@code .pg} file before validation: plain records.
 */
package dev.omnigraph.compiler.schema.ast;
