/**
 * Stored queries ({@code gq-language.md} §11, {@code surface.md} §5): {@code .gq} files registered
 * with a graph, kept verbatim under {@code <graph>/_queries/}, and run by their declared name.
 *
 * <p>{@link dev.omnigraph.engine.stored.QueryRegistry} validates and holds the registry;
 * {@link dev.omnigraph.engine.stored.StoredQuery} and {@link dev.omnigraph.engine.stored.StoredParam}
 * are the catalog descriptors the surfaces (CLI, JDBC) show. The embedded entry points are
 * {@link dev.omnigraph.engine.Graph#registerQueries(java.nio.file.Path)},
 * {@link dev.omnigraph.engine.Graph#storedQueries()} and
 * {@link dev.omnigraph.engine.Graph#queryStored}.
 */
package dev.omnigraph.engine.stored;
