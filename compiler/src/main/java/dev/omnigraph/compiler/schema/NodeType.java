package dev.omnigraph.compiler.schema;

import java.util.List;
import java.util.Map;

/**
 * A node type: one table with a hidden {@code id} column followed by its properties.
 *
 * @param key the {@code @key} properties ordered by stable property id; empty when the type has no key
 * @param implementsInterfaces the interfaces the type implements, sorted
 */
public record NodeType(
    String name,
    long typeId,
    long incarnationId,
    List<Property> properties,
    List<String> key,
    List<Constraint> constraints,
    Map<String, String> annotations,
    List<String> implementsInterfaces)
    implements GraphType {

  public NodeType {
    properties = List.copyOf(properties);
    key = List.copyOf(key);
    constraints = List.copyOf(constraints);
    annotations = Map.copyOf(annotations);
    implementsInterfaces = List.copyOf(implementsInterfaces);
  }

  @Override
  public String tableKey() {
    return "node:" + name;
  }

  @Override
  public String tablePath() {
    return String.format("nodes/%016x-%016x", typeId, incarnationId);
  }
}
