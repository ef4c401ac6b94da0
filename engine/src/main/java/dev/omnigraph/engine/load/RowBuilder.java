package dev.omnigraph.engine.load;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.Property;
import dev.omnigraph.compiler.value.KeyText;
import dev.omnigraph.compiler.value.ValueCoercion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JSONL records into typed rows in stored column order, checking each record's shape on its
 * own: known type, known fields, value types ({@code pg-schema.md} §4.1-4.2), and deriving the id
 * (§3.7). Nullability, enums, {@code @range}, {@code @check} and the checks across rows are the
 * shared write validation's ({@link dev.omnigraph.engine.validate.ChangeValidator}).
 */
final class RowBuilder {
  private final Catalog catalog;
  private final String source;

  RowBuilder(Catalog catalog, String source) {
    this.catalog = catalog;
    this.source = source;
  }

  /** Rows per table, tables in first-appearance order. */
  Map<String, TableRows> build(List<JsonlRecord> records) {
    Map<String, TableRows> tables = new LinkedHashMap<>();
    for (JsonlRecord record : records) {
      GraphType type = resolve(record);
      Object[] row = record.edge() ? edgeRow((EdgeType) type, record) : nodeRow((NodeType) type, record);
      tables.computeIfAbsent(type.tableKey(), k -> new TableRows(type)).add(row, record.line());
    }
    return tables;
  }

  private GraphType resolve(JsonlRecord record) {
    if (record.edge()) {
      return catalog.edgeType(record.typeName()).orElseThrow(() -> error(record,
          "unknown edge type '" + record.typeName() + "' (known: " + names(catalog.edgeTypes()) + ")"));
    }
    return catalog.nodeType(record.typeName()).orElseThrow(() -> error(record,
        "unknown node type '" + record.typeName() + "' (known: " + names(catalog.nodeTypes()) + ")"));
  }

  private Object[] nodeRow(NodeType type, JsonlRecord record) {
    Object[] row = new Object[1 + type.properties().size()];
    Object explicitId = fillProperties(type, record, row, 1);
    if (type.key().isEmpty()) {
      row[0] = explicitId != null ? explicitId : Ulid.next();
      return row;
    }
    List<String> members = new ArrayList<>();
    for (String keyProperty : type.key()) {
      int index = 1 + propertyIndex(type, keyProperty);
      if (row[index] == null) {
        throw error(record, "node " + type.name() + " is missing a non-null @key value for '" + keyProperty + "'");
      }
      try {
        members.add(KeyText.of(row[index], type.properties().get(index - 1).type()));
      } catch (IllegalArgumentException e) {
        throw error(record, "@key property '" + keyProperty + "': " + e.getMessage());
      }
    }
    String id = members.size() == 1 ? members.get(0) : KeyText.composite(members);
    if (explicitId != null && !explicitId.equals(id)) {
      throw error(record, "node " + type.name() + " has explicit id '" + explicitId
          + "' that does not match its @key value '" + id + "'");
    }
    row[0] = id;
    return row;
  }

  private Object[] edgeRow(EdgeType type, JsonlRecord record) {
    Object[] row = new Object[3 + type.properties().size()];
    for (String reserved : List.of("src", "dst")) {
      if (record.data().containsKey(reserved)) {
        throw error(record, "'" + reserved + "' is structural state of an edge: give it as '"
            + (reserved.equals("src") ? "from" : "to") + "', not in 'data'");
      }
    }
    Object explicitId = fillProperties(type, record, row, 3);
    row[0] = explicitId != null ? explicitId : Ulid.next();
    row[1] = record.from();
    row[2] = record.to();
    return row;
  }

  /** Fills property values from {@code record.data()} starting at {@code offset}; returns data.id. */
  private Object fillProperties(GraphType type, JsonlRecord record, Object[] row, int offset) {
    Object explicitId = null;
    for (Map.Entry<String, Object> field : record.data().entrySet()) {
      String name = field.getKey();
      if (name.equals("id")) {
        if (!(field.getValue() instanceof String)) {
          throw error(record, "'id' must be a string, got " + ValueCoercion.describe(field.getValue()));
        }
        explicitId = field.getValue();
        continue;
      }
      int index = propertyIndex(type, name);
      if (index < 0) {
        throw error(record, "unknown input field '" + name + "' for '" + type.tableKey() + "' (properties: "
            + String.join(", ", type.properties().stream().map(Property::name).toList()) + ")");
      }
      Property property = type.properties().get(index);
      try {
        row[offset + index] = ValueCoercion.coerce(field.getValue(), withoutEnum(property.type()));
      } catch (IllegalArgumentException e) {
        throw error(record, "property '" + name + "': " + e.getMessage());
      }
    }
    return explicitId;
  }

  /** The type without its enum set: membership is a constraint, checked with the others at the end. */
  private static PropType withoutEnum(PropType type) {
    return new PropType(type.scalar(), type.list(), type.nullable(), null, type.vectorDim());
  }

  private static int propertyIndex(GraphType type, String name) {
    List<Property> properties = type.properties();
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String names(List<? extends GraphType> types) {
    return String.join(", ", types.stream().map(GraphType::name).toList());
  }

  private dev.omnigraph.compiler.diag.OmniGraphException error(JsonlRecord record, String message) {
    return JsonlParser.error(new SourceLocation(source, record.line(), 0), message);
  }
}
