package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.schema.ArrowSchemas;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.meta.SqlTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow types OmniGraph values travel as over Flight SQL. They are the stored types of
 * {@link ArrowSchemas#arrowType} with one change: a {@code DateTime} is
 * {@code timestamp[ms, tz=UTC]} on the wire rather than the stored {@code date64}, because SQL
 * clients (the Flight SQL JDBC driver, pyarrow, ADBC) read a timestamp as an instant and a
 * {@code date64} as a calendar date. Lists are {@code list<item>}, vectors
 * {@code fixed_size_list<float>[n]}, blobs {@code large_binary}, U32/U64 unsigned integers.
 *
 * <p>Every field carries its OmniGraph type as text in the metadata key {@value #TYPE_KEY}
 * ({@code enum(junior, senior)?}, {@code [String]}, {@code U64}: {@link PropType#toString()}),
 * which the Arrow type alone cannot say (enums, U32 vs U64 ranges, Date vs DateTime); and, for
 * result columns, the Flight SQL column metadata keys {@value #SQL_TYPE_NAME_KEY} (the SQL type
 * name, {@code VARCHAR}, {@code BIGINT ARRAY}, ...: {@link SqlTypes#name}, as {@code GetTables}
 * reports it), {@value #SQL_PRECISION_KEY} ({@link SqlTypes#precision}) and, for a column read
 * from a node or edge table, {@value #SQL_TABLE_NAME_KEY}, which the Flight SQL JDBC driver reads
 * for {@code ResultSetMetaData} (OmniGraph's remote JDBC driver reads {@value #TYPE_KEY}).
 * Stateless.
 */
public final class WireTypes {
  /** The time zone of every {@code DateTime} value on the wire. */
  public static final String TIME_ZONE = "UTC";
  /** The field metadata key holding the OmniGraph type text, e.g. {@code enum(a, b)?}. */
  public static final String TYPE_KEY = "omnigraph:type";
  /** The Flight SQL column metadata key of the type name. */
  public static final String SQL_TYPE_NAME_KEY = "ARROW:FLIGHT:SQL:TYPE_NAME";
  /** The Flight SQL column metadata key of the column size. */
  public static final String SQL_PRECISION_KEY = "ARROW:FLIGHT:SQL:PRECISION";
  /** The Flight SQL column metadata key of the table a column is read from. */
  public static final String SQL_TABLE_NAME_KEY = "ARROW:FLIGHT:SQL:TABLE_NAME";

  private WireTypes() {}

  /**
   * The schema of a result: one nullable-as-declared field per column, in column order, with the
   * column metadata the class comment lists.
   */
  public static Schema resultSchema(List<ResultColumn> columns) {
    List<Field> fields = new ArrayList<>(columns.size());
    for (ResultColumn column : columns) {
      Map<String, String> metadata = new LinkedHashMap<>();
      metadata.put(SQL_TYPE_NAME_KEY, SqlTypes.name(column.type()));
      metadata.put(SQL_PRECISION_KEY, String.valueOf(SqlTypes.precision(column.type())));
      if (column.tableName() != null) {
        metadata.put(SQL_TABLE_NAME_KEY, column.tableName());
      }
      fields.add(field(column.name(), column.type(), metadata));
    }
    return new Schema(fields);
  }

  /**
   * The wire field of a value of {@code type} named {@code name}, carrying {@code given} plus
   * {@value #TYPE_KEY}.
   */
  public static Field field(String name, PropType type, Map<String, String> given) {
    Map<String, String> metadata = new LinkedHashMap<>(given);
    metadata.put(TYPE_KEY, type.toString());
    return ArrowSchemas.field(name, type, metadata, WireTypes::scalarType);
  }

  /** The wire type of a non-list value type. */
  public static ArrowType scalarType(PropType type) {
    if (type.scalar() == ScalarType.DATETIME) {
      return new ArrowType.Timestamp(TimeUnit.MILLISECOND, TIME_ZONE);
    }
    return ArrowSchemas.arrowType(type);
  }
}
