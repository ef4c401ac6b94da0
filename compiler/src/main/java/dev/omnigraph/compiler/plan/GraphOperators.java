package dev.omnigraph.compiler.plan;

import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * The {@code .gq} filter operators that standard SQL lacks ({@code gq-language.md} §5.3). All are
 * null-rejecting: a null operand makes the result unknown, so the row does not match.
 */
public final class GraphOperators {
  private GraphOperators() {}

  /** {@code text starts_with prefix}: exact, case-sensitive prefix (Calcite's library operator). */
  public static final SqlOperator STARTS_WITH = SqlLibraryOperators.STARTS_WITH;

  /** {@code text contains part}: exact, case-sensitive substring; {@code _} and {@code %} are literal. */
  public static final SqlFunction CONTAINS_TEXT = new SqlFunction("CONTAINS_TEXT", SqlKind.OTHER_FUNCTION,
      ReturnTypes.BOOLEAN_NULLABLE, null, OperandTypes.ANY_ANY, SqlFunctionCategory.STRING);

  /** {@code list contains item}, and a property match on a list property: membership. */
  public static final SqlFunction LIST_CONTAINS = new SqlFunction("LIST_CONTAINS", SqlKind.OTHER_FUNCTION,
      ReturnTypes.BOOLEAN_NULLABLE, null, OperandTypes.ANY_ANY, SqlFunctionCategory.SYSTEM);
}
