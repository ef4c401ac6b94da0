/**
 * {@code .pg} parse tree to {@link dev.omnigraph.compiler.schema.Catalog}: validation, identity
 * allocation and the Arrow schema of every table ({@code pg-schema.md} §1-3). Must not import
 * {@code dev.omnigraph.engine} or {@code org.lance}.
 */
package dev.omnigraph.compiler.schema;
