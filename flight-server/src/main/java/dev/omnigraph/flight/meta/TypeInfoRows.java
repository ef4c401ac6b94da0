package dev.omnigraph.flight.meta;

import dev.omnigraph.engine.meta.SqlTypes;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.sql.FlightSqlProducer.Schemas;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetXdbcTypeInfo;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Answers {@code GetXdbcTypeInfo}: one row per SQL type a column or value can have
 * ({@link SqlTypeNames}), ordered by {@code data_type} then name, in
 * {@link Schemas#GET_TYPE_INFO_SCHEMA}; with {@code data_type} set, only the rows of that code.
 * Every type is nullable ({@code typeNullable}, 1) and searchable ({@code typeSearchable}, 3);
 * none is unsigned, auto-incremented or fixed-scale. Stateless.
 */
public final class TypeInfoRows {
  private static final int NULLABLE = 1;
  private static final int SEARCHABLE = 3;

  private TypeInfoRows() {}

  /** Sends the rows and completes the listener. */
  public static void send(CommandGetXdbcTypeInfo command, BufferAllocator allocator, ServerStreamListener listener) {
    List<PropType> types = new ArrayList<>();
    for (ScalarType scalar : List.of(ScalarType.STRING, ScalarType.BLOB, ScalarType.BOOL, ScalarType.I32, ScalarType.I64,
        ScalarType.F32, ScalarType.F64, ScalarType.DATE, ScalarType.DATETIME)) {
      types.add(PropType.of(scalar, true));
    }
    types.add(new PropType(ScalarType.STRING, true, true, List.of(), 0));
    List<Object[]> rows = new ArrayList<>();
    for (PropType type : types) {
      int code = SqlTypes.code(type);
      if (command.hasDataType() && command.getDataType() != code) {
        continue;
      }
      boolean numeric = type.scalar().isNumeric() && !type.list();
      boolean text = type.scalar() == ScalarType.STRING && !type.list();
      boolean quoted = text || type.scalar() == ScalarType.DATE || type.scalar() == ScalarType.DATETIME;
      String name = SqlTypes.name(type);
      int precision = SqlTypes.precision(type);
      rows.add(new Object[] {name, code, precision, quoted && !type.list() ? "'" : null, quoted && !type.list() ? "'" : null,
          null, NULLABLE, text, SEARCHABLE, numeric ? Boolean.FALSE : null, false, numeric ? Boolean.FALSE : null, name,
          numeric ? 0 : null, numeric ? 0 : null, code, null, numeric ? 10 : null, null});
    }
    rows.sort(Comparator.comparing((Object[] row) -> (Integer) row[1]).thenComparing(row -> (String) row[0]));
    MetadataRows.send(Schemas.GET_TYPE_INFO_SCHEMA, rows, allocator, listener);
  }
}
