package dev.omnigraph.jdbc.remote;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.SchemaParser;
import dev.omnigraph.engine.ResultColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads the OmniGraph column types back from the field metadata an OmniGraph Flight SQL server
 * puts on result and parameter schemas (the server's {@code WireTypes}): {@value #TYPE_KEY} holds
 * the {@code .pg} type text ({@code enum(junior, senior)?}, {@code [String]}, {@code U64},
 * {@code Vector(3)}), and {@value #TABLE_NAME_KEY}, the Flight SQL column metadata key, the node
 * or edge table a column is read from. Type text is parsed by the compiler's schema parser, as
 * the property type of a one-property node type (a list of enums, which no schema can declare but
 * an aggregate can return, is parsed element first). Thread-safe; parsed types are cached.
 */
public final class WireColumns {
  /** The field metadata key of the OmniGraph type text (the server's {@code WireTypes.TYPE_KEY}). */
  public static final String TYPE_KEY = "omnigraph:type";
  /** The Flight SQL column metadata key of the table a column is read from. */
  public static final String TABLE_NAME_KEY = "ARROW:FLIGHT:SQL:TABLE_NAME";

  private static final Map<String, PropType> PARSED = new ConcurrentHashMap<>();

  private WireColumns() {}

  /**
   * The result columns of {@code schema}, in field order.
   *
   * @throws OmniGraphException {@code INTERNAL_ERROR} for a field without {@value #TYPE_KEY} (the
   *     server is not an OmniGraph server of this version) or with type text that does not parse
   */
  public static List<ResultColumn> columns(Schema schema) {
    List<ResultColumn> columns = new ArrayList<>(schema.getFields().size());
    for (Field field : schema.getFields()) {
      columns.add(new ResultColumn(field.getName(), type(field), field.getMetadata().get(TABLE_NAME_KEY)));
    }
    return columns;
  }

  /**
   * The OmniGraph type of {@code field}.
   *
   * @throws OmniGraphException as {@link #columns}
   */
  public static PropType type(Field field) {
    String text = field.getMetadata().get(TYPE_KEY);
    if (text == null) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, "the server sent column '" + field.getName()
          + "' without its OmniGraph type (field metadata '" + TYPE_KEY + "'); connect to an OmniGraph server of version "
          + "0.1 or later");
    }
    return parse(text);
  }

  /**
   * Parses {@code .pg} type text as {@link PropType#toString()} writes it.
   *
   * @throws OmniGraphException {@code INTERNAL_ERROR} naming the text when it is not a type
   */
  public static PropType parse(String text) {
    return PARSED.computeIfAbsent(text, WireColumns::parseNew);
  }

  private static PropType parseNew(String text) {
    String rest = text.strip();
    boolean nullable = rest.endsWith("?");
    if (nullable) {
      rest = rest.substring(0, rest.length() - 1).strip();
    }
    boolean list = rest.startsWith("[") && rest.endsWith("]");
    if (list) {
      rest = rest.substring(1, rest.length() - 1).strip();
    }
    PropType element;
    try {
      Catalog catalog = SchemaParser.parse("node T { v: " + rest + " }", "<wire type>");
      element = catalog.nodeTypes().get(0).properties().get(0).type();
    } catch (OmniGraphException e) {
      throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, "the server sent '" + text + "' as a column type, which is not a"
          + " .pg type: " + e.getMessage());
    }
    return new PropType(element.scalar(), list, nullable, element.enumValues(), element.vectorDim());
  }
}
