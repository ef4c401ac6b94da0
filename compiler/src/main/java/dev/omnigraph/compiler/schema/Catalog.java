package dev.omnigraph.compiler.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The runtime view of an accepted schema ({@code pg-schema.md} §3.3): node types and edge types
 * with their properties, constraints and stable identities. Immutable and thread-safe.
 *
 * <p>Node types are looked up by exact name; edge types by exact name, then case-insensitively
 * ({@code gq-language.md} §1), so a traversal may write {@code worksAt} for {@code WorksAt}.
 */
public final class Catalog {
  private final String source;
  private final List<NodeType> nodeTypes;
  private final List<EdgeType> edgeTypes;
  private final Map<String, NodeType> nodesByName;
  private final Map<String, EdgeType> edgesByName;
  private final Map<String, EdgeType> edgesByFoldedName;

  /**
   * @param source the {@code .pg} text the catalog was compiled from, verbatim
   * @param nodeTypes node types sorted by name
   * @param edgeTypes edge types sorted by name
   */
  public Catalog(String source, List<NodeType> nodeTypes, List<EdgeType> edgeTypes) {
    this.source = source;
    this.nodeTypes = List.copyOf(nodeTypes);
    this.edgeTypes = List.copyOf(edgeTypes);
    this.nodesByName = this.nodeTypes.stream().collect(Collectors.toMap(NodeType::name, Function.identity()));
    this.edgesByName = this.edgeTypes.stream().collect(Collectors.toMap(EdgeType::name, Function.identity()));
    this.edgesByFoldedName =
        this.edgeTypes.stream().collect(Collectors.toMap(e -> e.name().toLowerCase(Locale.ROOT), Function.identity()));
  }

  /** The schema source text, verbatim (comments kept). */
  public String source() {
    return source;
  }

  /** Node types sorted by name. */
  public List<NodeType> nodeTypes() {
    return nodeTypes;
  }

  /** Edge types sorted by name. */
  public List<EdgeType> edgeTypes() {
    return edgeTypes;
  }

  /** The node type of this exact name. */
  public Optional<NodeType> nodeType(String name) {
    return Optional.ofNullable(nodesByName.get(name));
  }

  /** The edge type of this name: exact match first, then case-insensitive. */
  public Optional<EdgeType> edgeType(String name) {
    EdgeType exact = edgesByName.get(name);
    return exact != null
        ? Optional.of(exact)
        : Optional.ofNullable(edgesByFoldedName.get(name.toLowerCase(Locale.ROOT)));
  }
}
