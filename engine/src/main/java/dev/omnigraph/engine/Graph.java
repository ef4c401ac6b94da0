package dev.omnigraph.engine;

import dev.omnigraph.compiler.schema.Catalog;
import java.nio.file.Path;
import java.util.Map;

/**
 * An open graph directory: the embedded API. See {@code docs/architecture.md} for the layout.
 * Methods are safe to call from several threads.
 *
 * <p>Errors are {@link dev.omnigraph.compiler.diag.OmniGraphException}s with a code and, for
 * bad input, the place (file:line:column or JSONL line).
 */
public final class Graph implements AutoCloseable {

  /**
   * Creates a graph at {@code root} from a {@code .pg} file: writes the schema contract and one
   * empty Lance dataset per node type and edge type ({@code pg-schema.md} §3.6).
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code ALREADY_EXISTS} when root holds
   *     a graph; {@code SYNTAX_ERROR}/{@code SCHEMA_ERROR} naming file:line:column
   */
  public static Graph init(Path root, Path schemaFile) {
    throw new IllegalStateException("wired in the next commit");
  }

  /** As {@link #init(Path, Path)}, with the schema text given directly and named {@code sourceName}. */
  public static Graph init(Path root, String schemaSource, String sourceName) {
    throw new IllegalStateException("wired in the next commit");
  }

  /**
   * Opens an existing graph.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code NOT_FOUND} when root holds no graph
   */
  public static Graph open(Path root) {
    throw new IllegalStateException("wired in the next commit");
  }

  /** The graph's catalog. */
  public Catalog catalog() {
    throw new IllegalStateException("wired in the next commit");
  }

  /**
   * Appends the records of a JSONL file ({@code pg-schema.md} §6-7): every record is validated
   * (types, {@code @key} uniqueness, edge endpoints) before anything is written; a rejected load
   * leaves the graph unchanged.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code DATA_ERROR} naming the JSONL line
   */
  public LoadResult load(Path jsonlFile) {
    throw new IllegalStateException("wired in the next commit");
  }

  /** As {@link #load(Path)}, reading JSONL text named {@code sourceName} in errors. */
  public LoadResult load(String jsonl, String sourceName) {
    throw new IllegalStateException("wired in the next commit");
  }

  /**
   * Parses, checks and plans the query {@code queryName} of a {@code .gq} source (or its only
   * query when {@code queryName} is null).
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code SYNTAX_ERROR} or
   *     {@code TYPE_ERROR} naming sourceName:line:column; {@code NOT_FOUND} for an unknown name
   */
  public PreparedQuery prepare(String gqSource, String sourceName, String queryName) {
    throw new IllegalStateException("wired in the next commit");
  }

  /** Prepares and runs a query in one call; see {@link #prepare} and {@link PreparedQuery#execute}. */
  public QueryResult query(String gqSource, String sourceName, String queryName, Map<String, ?> params) {
    return prepare(gqSource, sourceName, queryName).execute(params);
  }

  /** Releases native resources; the graph cannot be used afterwards. Idempotent. */
  @Override
  public void close() {}
}
