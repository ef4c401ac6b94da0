package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Constraint;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.Property;
import dev.omnigraph.compiler.value.KeyText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks of one row on its own ({@code pg-schema.md} §4.2-4.3): non-nullable properties have
 * a value ({@code DATA_ERROR}), enum values are in their set (scalars and list items),
 * {@code @range} holds for non-null numbers (compared as doubles, inclusive; NaN fails), and
 * {@code @check}'s regex finds a match in non-null strings (a search, {@link java.util.regex.Matcher#find()},
 * not a whole-string match) — each a {@code CONSTRAINT_VIOLATION} with the reference's message.
 * Thread-safe; compiled patterns are shared.
 */
final class ValueChecks {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private ValueChecks() {}

  /** Checks a full stored row of {@code type} that came from {@code origin}. */
  static void check(GraphType type, Object[] row, SourceLocation origin) {
    int offset = type instanceof EdgeType ? 3 : 1;
    List<Property> properties = type.properties();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      Object value = row[offset + i];
      if (value == null && !property.type().nullable()) {
        throw Violations.data(origin, "non-nullable property '" + property.name() + "' of " + type.tableKey()
            + " has no value (" + Violations.describe(type, row) + ")");
      }
      if (value != null && property.type().isEnum()) {
        for (Object item : value instanceof List<?> items ? items : List.of(value)) {
          if (!property.type().enumValues().contains(item)) {
            throw Violations.constraint(origin, "invalid enum value '" + item + "' for " + type.name() + "." + property.name()
                + " (expected: " + String.join(", ", property.type().enumValues()) + ") (" + Violations.describe(type, row) + ")");
          }
        }
      }
    }
    for (Constraint constraint : type.constraints()) {
      if (constraint instanceof Constraint.Range range) {
        checkRange(type, row, origin, range, row[offset + index(type, range.property())]);
      } else if (constraint instanceof Constraint.Check check
          && row[offset + index(type, check.property())] instanceof String text
          && !pattern(type, check).matcher(text).find()) {
        throw Violations.constraint(origin, "@check violation on " + type.name() + "." + check.property() + ": value '" + text
            + "' does not match pattern '" + check.pattern() + "' (" + Violations.describe(type, row) + ")");
      }
    }
  }

  private static void checkRange(GraphType type, Object[] row, SourceLocation origin, Constraint.Range range, Object value) {
    if (!(value instanceof Number number)) {
      return;
    }
    double d = number.doubleValue();
    String what = "@range violation on " + type.name() + "." + range.property() + ": value ";
    String failure = null;
    if (Double.isNaN(d)) {
      failure = "is NaN";
    } else if (range.min() != null && d < range.min()) {
      failure = KeyText.number(d) + " < min " + KeyText.number(range.min());
    } else if (range.max() != null && d > range.max()) {
      failure = KeyText.number(d) + " > max " + KeyText.number(range.max());
    }
    if (failure != null) {
      throw Violations.constraint(origin, what + failure + " (" + Violations.describe(type, row) + ")");
    }
  }

  private static Pattern pattern(GraphType type, Constraint.Check check) {
    try {
      return PATTERNS.computeIfAbsent(check.pattern(), Pattern::compile);
    } catch (PatternSyntaxException e) {
      throw new OmniGraphException(ErrorCode.SCHEMA_ERROR, "@check on " + type.name() + "." + check.property()
          + " has an invalid regex: " + e.getDescription());
    }
  }

  private static int index(GraphType type, String property) {
    for (int i = 0; i < type.properties().size(); i++) {
      if (type.properties().get(i).name().equals(property)) {
        return i;
      }
    }
    throw new IllegalStateException(type.name() + " has no property " + property);
  }
}
