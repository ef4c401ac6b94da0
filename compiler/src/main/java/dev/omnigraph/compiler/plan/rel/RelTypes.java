package dev.omnigraph.compiler.plan.rel;

import dev.omnigraph.compiler.schema.PropType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** Maps value types to Calcite row-field types (the JDBC view of {@code gq-language.md} §10.2). */
public final class RelTypes {
  private RelTypes() {}

  /** The Calcite type of a value of {@code type}, nullable as declared. */
  public static RelDataType of(RelDataTypeFactory factory, PropType type) {
    RelDataType element = switch (type.scalar()) {
      case STRING -> factory.createSqlType(SqlTypeName.VARCHAR);
      case BLOB -> factory.createSqlType(SqlTypeName.VARBINARY);
      case BOOL -> factory.createSqlType(SqlTypeName.BOOLEAN);
      case I32 -> factory.createSqlType(SqlTypeName.INTEGER);
      case I64, U32, U64 -> factory.createSqlType(SqlTypeName.BIGINT);
      case F32 -> factory.createSqlType(SqlTypeName.REAL);
      case F64 -> factory.createSqlType(SqlTypeName.DOUBLE);
      case DATE -> factory.createSqlType(SqlTypeName.DATE);
      case DATETIME -> factory.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3);
      case VECTOR -> factory.createArrayType(factory.createSqlType(SqlTypeName.REAL), -1);
    };
    RelDataType full = type.list() ? factory.createArrayType(element, -1) : element;
    return factory.createTypeWithNullability(full, type.nullable());
  }
}
