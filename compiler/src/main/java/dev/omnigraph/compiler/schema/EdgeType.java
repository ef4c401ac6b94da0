package dev.omnigraph.compiler.schema;

import java.util.List;
import java.util.Map;

/**
 * An edge type {@code From -> To}: one table with hidden {@code id}, {@code src} and {@code dst}
 * columns (node ids of the endpoints) followed by its properties.
 *
 * @param fromType the source node type name
 * @param toType the target node type name
 * @param cardMin the {@code @card} minimum out-degree per source (0 when absent)
 * @param cardMax the {@code @card} maximum, or null for unbounded
 */
public record EdgeType(
    String name,
    long typeId,
    long incarnationId,
    String fromType,
    String toType,
    long cardMin,
    Long cardMax,
    List<Property> properties,
    List<Constraint> constraints,
    Map<String, String> annotations)
    implements GraphType {

  public EdgeType {
    properties = List.copyOf(properties);
    constraints = List.copyOf(constraints);
    annotations = Map.copyOf(annotations);
  }

  @Override
  public String tableKey() {
    return "edge:" + name;
  }

  @Override
  public String tablePath() {
    return String.format("edges/%016x-%016x", typeId, incarnationId);
  }
}
