package dev.omnigraph.engine.exec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The SQL operators that {@code .gq} plans never contain, evaluated over engine values for
 * {@link RexEvaluator}: arithmetic ({@code + - * /}, unary minus; integer division truncates as
 * SQL says), {@code CAST} ({@link SqlCasts}), {@code CASE} and {@code COALESCE} (lazily, first
 * match wins), {@code LIKE} with an optional escape, {@code IS [NOT] TRUE/FALSE},
 * {@code IS [NOT] DISTINCT FROM}, and the named functions of {@link ScalarFunctions}. A null
 * operand makes arithmetic, {@code LIKE} and functions null. {@link #supports} answers whether a
 * call can be evaluated, so a plan using anything else is refused before it runs.
 */
final class SqlExpressions {
  private static final Set<SqlKind> KINDS = Set.of(SqlKind.PLUS, SqlKind.MINUS, SqlKind.TIMES, SqlKind.DIVIDE,
      SqlKind.MINUS_PREFIX, SqlKind.PLUS_PREFIX, SqlKind.CAST, SqlKind.CASE, SqlKind.COALESCE, SqlKind.LIKE,
      SqlKind.IS_TRUE, SqlKind.IS_NOT_TRUE, SqlKind.IS_FALSE, SqlKind.IS_NOT_FALSE, SqlKind.IS_DISTINCT_FROM,
      SqlKind.IS_NOT_DISTINCT_FROM);

  private SqlExpressions() {}

  /** True when {@link #eval} evaluates {@code call}. */
  static boolean supports(RexCall call) {
    return (KINDS.contains(call.getKind()) && (call.getKind() != SqlKind.CAST || SqlCasts.supports(call.getType())))
        || ScalarFunctions.supports(call.getOperator().getName(), call.getOperands().size());
  }

  /** The value of {@code call} over {@code row}. */
  static Object eval(RexEvaluator evaluator, RexCall call, Object[] row) {
    List<RexNode> operands = call.getOperands();
    switch (call.getKind()) {
      case CASE: {
        int last = operands.size() - 1;
        for (int i = 0; i < last; i += 2) {
          if (evaluator.test(operands.get(i), row)) {
            return evaluator.eval(operands.get(i + 1), row);
          }
        }
        return evaluator.eval(operands.get(last), row);
      }
      case COALESCE:
        for (RexNode operand : operands) {
          Object value = evaluator.eval(operand, row);
          if (value != null) {
            return value;
          }
        }
        return null;
      case IS_TRUE:
        return Boolean.TRUE.equals(evaluator.eval(operands.get(0), row));
      case IS_NOT_TRUE:
        return !Boolean.TRUE.equals(evaluator.eval(operands.get(0), row));
      case IS_FALSE:
        return Boolean.FALSE.equals(evaluator.eval(operands.get(0), row));
      case IS_NOT_FALSE:
        return !Boolean.FALSE.equals(evaluator.eval(operands.get(0), row));
      case IS_DISTINCT_FROM:
        return !notDistinct(evaluator.eval(operands.get(0), row), evaluator.eval(operands.get(1), row));
      case IS_NOT_DISTINCT_FROM:
        return notDistinct(evaluator.eval(operands.get(0), row), evaluator.eval(operands.get(1), row));
      default:
        break;
    }
    Object[] args = new Object[operands.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = evaluator.eval(operands.get(i), row);
    }
    switch (call.getKind()) {
      case CAST:
        return SqlCasts.cast(args[0], call.getType());
      case LIKE: {
        if (args[0] == null || args[1] == null) {
          return null;
        }
        boolean matches = SqlLike.matches((String) args[0], (String) args[1], args.length > 2 ? (String) args[2] : null);
        return call.getOperator() instanceof SqlLikeOperator like && like.isNegated() ? !matches : matches;
      }
      case PLUS, MINUS, TIMES, DIVIDE, MINUS_PREFIX, PLUS_PREFIX:
        return arithmetic(call, args);
      default:
        return ScalarFunctions.apply(call.getOperator().getName(), call.getType(), args);
    }
  }

  private static boolean notDistinct(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Values.equal(a, b);
  }

  private static Object arithmetic(RexCall call, Object[] args) {
    for (Object arg : args) {
      if (arg == null) {
        return null;
      }
    }
    SqlKind kind = call.getKind();
    if (kind == SqlKind.PLUS_PREFIX) {
      return args[0];
    }
    if (args[0] instanceof LocalDate || args[0] instanceof Instant) {
      return datetimeArithmetic(kind, args[0], ((Number) args[1]).longValue(), call.getOperands().get(1).getType());
    }
    SqlTypeName type = call.getType().getSqlTypeName();
    boolean exact = type == SqlTypeName.INTEGER || type == SqlTypeName.BIGINT || type == SqlTypeName.SMALLINT
        || type == SqlTypeName.TINYINT || (type == SqlTypeName.DECIMAL && call.getType().getScale() == 0);
    Object result;
    if (exact) {
      long a = ((Number) args[0]).longValue();
      long b = args.length > 1 ? ((Number) args[1]).longValue() : 0;
      result = switch (kind) {
        case PLUS -> Math.addExact(a, b);
        case MINUS -> Math.subtractExact(a, b);
        case TIMES -> Math.multiplyExact(a, b);
        case DIVIDE -> divide(a, b);
        default -> Math.negateExact(a);
      };
    } else {
      double a = ((Number) args[0]).doubleValue();
      double b = args.length > 1 ? ((Number) args[1]).doubleValue() : 0;
      result = switch (kind) {
        case PLUS -> a + b;
        case MINUS -> a - b;
        case TIMES -> a * b;
        case DIVIDE -> a / b;
        default -> -a;
      };
    }
    return SqlCasts.cast(result, call.getType());
  }

  private static long divide(long a, long b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return a / b;
  }

  /** A date or instant plus or minus an interval (milliseconds for day-time, months for year-month). */
  private static Object datetimeArithmetic(SqlKind kind, Object value, long amount,
      org.apache.calcite.rel.type.RelDataType intervalType) {
    long signed = kind == SqlKind.MINUS ? -amount : amount;
    boolean months = intervalType.getSqlTypeName().getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_YEAR_MONTH;
    if (value instanceof LocalDate date) {
      return months ? date.plusMonths(signed) : date.plusDays(Math.floorDiv(signed, 86_400_000L));
    }
    Instant instant = (Instant) value;
    return months ? instant.atZone(ZoneOffset.UTC).plusMonths(signed).toInstant() : instant.plusMillis(signed);
  }
}
