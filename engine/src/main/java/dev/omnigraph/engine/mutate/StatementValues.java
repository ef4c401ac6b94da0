package dev.omnigraph.engine.mutate;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.value.ValueCoercion;
import dev.omnigraph.engine.validate.Violations;
import java.time.Instant;
import java.util.Map;

/**
 * The values of one mutation's statements ({@code gq-language.md} §9.1-9.2): a literal as parsed,
 * a declared parameter's bound value, or {@code now()} — one instant for the whole mutation.
 * Assigned values are narrowed to the property's stored type with range checks
 * ({@link ValueCoercion}); enum membership is left to the end-of-mutation validation.
 */
final class StatementValues {
  private final Map<String, Object> params;
  private final Instant now;

  /**
   * @param params parameter values by name, already coerced to their declared types
   * @param now the mutation's {@code now()}, in milliseconds
   */
  StatementValues(Map<String, Object> params, Instant now) {
    this.params = params;
    this.now = now;
  }

  /** The raw value of {@code value}: a literal's Java value, a parameter's value, or now. */
  Object raw(Expr value) {
    if (value instanceof Expr.Literal literal) {
      return literal.value();
    }
    if (value instanceof Expr.Variable variable) {
      return params.get(variable.name());
    }
    if (value instanceof Expr.Now) {
      return now;
    }
    throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, value.at(), "unexpected mutation value " + value);
  }

  /**
   * The value to store in a property of {@code type}: null stays null.
   *
   * @throws OmniGraphException {@code DATA_ERROR} at {@code statement} when it does not fit
   */
  Object stored(Expr value, PropType type, String property, SourceLocation statement) {
    try {
      return ValueCoercion.coerce(raw(value), new PropType(type.scalar(), type.list(), type.nullable(), null, type.vectorDim()));
    } catch (IllegalArgumentException e) {
      throw Violations.data(statement, "property '" + property + "': " + e.getMessage());
    }
  }
}
