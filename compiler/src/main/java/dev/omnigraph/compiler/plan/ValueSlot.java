package dev.omnigraph.compiler.plan;

import dev.omnigraph.compiler.schema.PropType;

/**
 * What fills one {@link org.apache.calcite.rex.RexDynamicParam} of a plan at execution: a literal
 * from the query text, a parameter, or the request timestamp. Literals are slots too, so one
 * cached plan serves every execution.
 */
public sealed interface ValueSlot {

  /** The slot's value type. */
  PropType type();

  /** A literal's value (already the engine's Java value). */
  record Constant(Object value, PropType type) implements ValueSlot {}

  /** The value of parameter {@code name} (without {@code $}). */
  record Param(String name, PropType type) implements ValueSlot {}

  /** {@code now()}: fixed once per request ({@code gq-language.md} §5.13). */
  record Now(PropType type) implements ValueSlot {}
}
