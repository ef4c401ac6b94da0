package dev.omnigraph.compiler.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of each stored table ({@code pg-schema.md} §3.3-3.4): {@code id: Utf8 NOT NULL}
 * (marked as Lance's unenforced primary key), for edges {@code src} and {@code dst}, then every
 * property sorted by name, each carrying its stable property id in field metadata.
 */
public final class ArrowSchemas {
  /** Field metadata key that marks Lance's unenforced primary key. */
  public static final String PRIMARY_KEY_METADATA = "lance-schema:unenforced-primary-key";
  /** Field metadata key holding a property's stable name (its identity in this version). */
  public static final String PROPERTY_METADATA = "omnigraph.property";

  private ArrowSchemas() {}

  /** The stored schema of a node or edge table. */
  public static Schema tableSchema(GraphType type) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("id", new FieldType(false, ArrowType.Utf8.INSTANCE, null, Map.of(PRIMARY_KEY_METADATA, "true")), null));
    if (type instanceof EdgeType) {
      fields.add(new Field("src", FieldType.notNullable(ArrowType.Utf8.INSTANCE), null));
      fields.add(new Field("dst", FieldType.notNullable(ArrowType.Utf8.INSTANCE), null));
    }
    for (Property property : type.properties()) {
      fields.add(field(property.name(), property.type(), Map.of(PROPERTY_METADATA, property.name())));
    }
    return new Schema(fields);
  }

  /** The Arrow field for a value of {@code type} ({@code gq-language.md} §10.2). */
  public static Field field(String name, PropType type, Map<String, String> metadata) {
    return field(name, type, metadata, ArrowSchemas::arrowType);
  }

  /**
   * The Arrow field for a value of {@code type} with the shape of {@link #field(String, PropType,
   * Map)} (lists as {@code list<item>}, vectors as {@code fixed_size_list<float>}), the Arrow type of
   * each non-list value given by {@code scalarType}: for a surface that carries some types
   * differently from storage (Flight SQL sends a {@code DateTime} as a timestamp).
   */
  public static Field field(String name, PropType type, Map<String, String> metadata,
      java.util.function.Function<PropType, ArrowType> scalarType) {
    PropType element = type.elementType();
    ArrowType scalar = scalarType.apply(element);
    List<Field> children = null;
    if (element.scalar() == ScalarType.VECTOR) {
      children = List.of(Field.nullable("item", new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE)));
    }
    if (!type.list()) {
      return new Field(name, new FieldType(type.nullable(), scalar, null, metadata), children);
    }
    Field item = new Field("item", FieldType.nullable(scalar), children);
    return new Field(name, new FieldType(type.nullable(), ArrowType.List.INSTANCE, null, metadata), List.of(item));
  }

  /** The Arrow type of a non-list value type. */
  public static ArrowType arrowType(PropType type) {
    return switch (type.scalar()) {
      case STRING -> ArrowType.Utf8.INSTANCE;
      case BLOB -> ArrowType.LargeBinary.INSTANCE;
      case BOOL -> ArrowType.Bool.INSTANCE;
      case I32 -> new ArrowType.Int(32, true);
      case I64 -> new ArrowType.Int(64, true);
      case U32 -> new ArrowType.Int(32, false);
      case U64 -> new ArrowType.Int(64, false);
      case F32 -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case F64 -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case DATE -> new ArrowType.Date(DateUnit.DAY);
      case DATETIME -> new ArrowType.Date(DateUnit.MILLISECOND);
      case VECTOR -> new ArrowType.FixedSizeList(type.vectorDim());
    };
  }
}
