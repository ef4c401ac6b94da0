package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Maps the Calcite types of SQL results and parameters back to OmniGraph value types, the inverse
 * of {@link dev.omnigraph.compiler.plan.rel.RelTypes} plus what SQL expressions add:
 *
 * <pre>
 * CHAR, VARCHAR, NULL, ANY (an untyped ?)   String
 * BOOLEAN                                   Bool
 * TINYINT, SMALLINT, INTEGER                I32
 * BIGINT                                    I64
 * REAL                                      F32
 * FLOAT, DOUBLE, DECIMAL                    F64
 * DATE                                      Date
 * TIMESTAMP, TIMESTAMP WITH (LOCAL) TZ      DateTime (an instant, UTC)
 * BINARY, VARBINARY                         Blob
 * ARRAY of T                                [T]
 * </pre>
 *
 * Nullability follows the Calcite type. A result column read straight from a table column keeps
 * that column's declared type instead (enum values, U64, {@code Vector(n)}); see {@link SqlPlanner}.
 */
public final class SqlTypes {
  private SqlTypes() {}

  /**
   * The value type of a Calcite type.
   *
   * @throws OmniGraphException {@code UNSUPPORTED} for a type with no OmniGraph counterpart
   *     (intervals, times without a date, maps, structs), naming it
   */
  public static PropType of(RelDataType type) {
    boolean nullable = type.isNullable();
    if (type.getSqlTypeName() == SqlTypeName.ARRAY) {
      PropType element = of(type.getComponentType());
      return new PropType(element.scalar(), true, nullable, null, 0);
    }
    return PropType.of(scalar(type), nullable);
  }

  private static ScalarType scalar(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case CHAR, VARCHAR, NULL, ANY, UNKNOWN, SYMBOL -> ScalarType.STRING;
      case BOOLEAN -> ScalarType.BOOL;
      case TINYINT, SMALLINT, INTEGER -> ScalarType.I32;
      case BIGINT -> ScalarType.I64;
      case REAL -> ScalarType.F32;
      case FLOAT, DOUBLE, DECIMAL -> ScalarType.F64;
      case DATE -> ScalarType.DATE;
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> ScalarType.DATETIME;
      case BINARY, VARBINARY -> ScalarType.BLOB;
      default -> throw new OmniGraphException(ErrorCode.UNSUPPORTED,
          "SQL values of type " + type.getFullTypeString() + " are not supported");
    };
  }
}
