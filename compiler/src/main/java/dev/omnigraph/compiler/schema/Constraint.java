package dev.omnigraph.compiler.schema;

import java.util.List;

/**
 * A body or desugared property constraint of a node or edge type ({@code pg-schema.md} §1.6).
 * Enforcement of {@link Unique}, {@link Range} and {@link Check} at write time belongs to the
 * staged-write engine.
 */
public sealed interface Constraint {

  /** {@code @key(p, ...)}: the primary key tuple, ordered by stable property id. */
  record Key(List<String> properties) implements Constraint {}

  /** {@code @unique(p, ...)}: tuple uniqueness; rows with a null member are exempt. */
  record Unique(List<String> properties) implements Constraint {}

  /** {@code @index(p, ...)}: index intent. */
  record Index(List<String> properties) implements Constraint {}

  /**
   * {@code @range(p, lo..hi)}: an inclusive numeric range; a null bound is open. Reference quirk
   * kept (§1.6): {@code ..hi} is stored as {@code min = hi}.
   */
  record Range(String property, Double min, Double max) implements Constraint {}

  /** {@code @check(p, "regex")}: the regex must find a match in every non-null value. */
  record Check(String property, String pattern) implements Constraint {}
}
