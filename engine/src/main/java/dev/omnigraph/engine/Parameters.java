package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.plan.ValueSlot;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.value.ValueCoercion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds JSON-shaped parameter values to a query's declared parameters ({@code gq-language.md}
 * §10.4), for reads and mutations alike: each value is coerced to its declared type; an omitted or
 * null value is null for a nullable parameter and an error otherwise. Undeclared keys are ignored.
 * Also fills a plan's value slots from the bound values. Stateless.
 */
final class Parameters {
  private Parameters() {}

  /**
   * The parameters of a SQL statement: its {@code ?} markers, named {@code "1"}, {@code "2"}, ...
   * in text order, of the types Calcite inferred.
   */
  static List<ParamDecl> markers(List<PropType> types) {
    List<ParamDecl> params = new ArrayList<>(types.size());
    for (int i = 0; i < types.size(); i++) {
      params.add(new ParamDecl(String.valueOf(i + 1), types.get(i)));
    }
    return List.copyOf(params);
  }

  /**
   * The values of a plan's slots for one execution, in slot order: a constant's value, a
   * parameter's bound value, and for {@code now()} the current instant (milliseconds), the same
   * for every {@code now()} of the execution.
   */
  static Object[] slotValues(List<ValueSlot> slots, Map<String, Object> bound) {
    Object[] values = new Object[slots.size()];
    Instant now = null;
    for (int i = 0; i < values.length; i++) {
      ValueSlot slot = slots.get(i);
      if (slot instanceof ValueSlot.Constant constant) {
        values[i] = constant.value();
      } else if (slot instanceof ValueSlot.Param param) {
        values[i] = bound.get(param.name());
      } else {
        if (now == null) {
          now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
        values[i] = now;
      }
    }
    return values;
  }

  /**
   * The bound values by name (without {@code $}); may hold nulls.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} naming the parameter when one is missing,
   *     null for a non-nullable type, or of the wrong type
   */
  static Map<String, Object> bind(List<ParamDecl> declared, Map<String, ?> params, String queryName) {
    Map<String, ?> given = params == null ? Map.of() : params;
    Map<String, Object> bound = new HashMap<>();
    for (ParamDecl param : declared) {
      bound.put(param.name(), bind(param, given, queryName));
    }
    return bound;
  }

  private static Object bind(ParamDecl param, Map<String, ?> given, String queryName) {
    PropType type = param.type();
    if (!given.containsKey(param.name()) || given.get(param.name()) == null) {
      if (type.nullable()) {
        return null;
      }
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, given.containsKey(param.name())
          ? "param '" + param.name() + "': null is not accepted for non-nullable parameter of type " + type
          : "parameter '" + param.name() + "' not provided (query " + queryName + " declares $" + param.name() + ": " + type + ")");
    }
    try {
      return ValueCoercion.coerce(given.get(param.name()), type);
    } catch (IllegalArgumentException e) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "param '" + param.name() + "': " + e.getMessage());
    }
  }
}
