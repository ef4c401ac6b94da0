package dev.omnigraph.compiler.schema;

import java.util.Map;

/**
 * One effective property of a node or edge type.
 *
 * @param name the property name, as declared ({@code [a-z_][A-Za-z0-9_]*})
 * @param type the property's type
 * @param annotations metadata annotations kept for surfaces ({@code description}, {@code index},
 *     {@code unique}, {@code key}, {@code embed}); value is the positional argument or "" when none
 */
public record Property(String name, PropType type, Map<String, String> annotations) {
  public Property {
    annotations = Map.copyOf(annotations);
  }
}
