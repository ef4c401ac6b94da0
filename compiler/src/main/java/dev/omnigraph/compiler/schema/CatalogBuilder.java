package dev.omnigraph.compiler.schema;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.ast.SchemaAst;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validates a parsed schema and builds its {@link Catalog} ({@code pg-schema.md} §1.4-1.8, §3):
 * resolves interfaces (injecting their properties), desugars {@code @key}/{@code @unique}/
 * {@code @index} property annotations into constraints, checks every constraint and endpoint, and
 * allocates stable ids from one counter: types ordered interface, node, edge then by name; then
 * properties ordered by (owner type id, name); then table incarnations in type-id order (§3.1).
 * Errors are {@code SCHEMA_ERROR}s at the offending declaration.
 */
public final class CatalogBuilder {
  private static final Set<String> RESERVED = Set.of("_rowid", "_rowaddr", "_rowoffset", "_row_created_at_version",
      "_row_last_updated_at_version");
  private static final Set<String> PROPERTY_ONLY = Set.of("key", "unique", "index", "embed", "rename_from", "description");
  private static final Set<String> TYPE_ANNOTATIONS = Set.of("description", "instruction", "rename_from");

  private CatalogBuilder() {}

  /**
   * @throws OmniGraphException {@code SCHEMA_ERROR} naming the declaration and what is wrong
   */
  public static Catalog build(SchemaAst.File file, String source) {
    Map<String, SchemaAst.Interface> interfaces = new LinkedHashMap<>();
    Map<String, SchemaAst.Node> nodes = new TreeMap<>();
    Map<String, SchemaAst.Edge> edges = new TreeMap<>();
    Map<String, String> foldedEdges = new HashMap<>();
    for (SchemaAst.Decl decl : file.declarations()) {
      if (decl instanceof SchemaAst.Interface i && interfaces.putIfAbsent(i.name(), i) != null) {
        throw error(decl.at(), "duplicate interface '" + decl.name() + "'");
      } else if (decl instanceof SchemaAst.Node n && nodes.putIfAbsent(n.name(), n) != null) {
        throw error(decl.at(), "duplicate node type '" + decl.name() + "'");
      } else if (decl instanceof SchemaAst.Edge e) {
        if (edges.putIfAbsent(e.name(), e) != null) {
          throw error(decl.at(), "duplicate edge type '" + decl.name() + "'");
        }
        String previous = foldedEdges.put(e.name().toLowerCase(Locale.ROOT), e.name());
        if (previous != null) {
          throw error(decl.at(), "edge name collision after case folding: '" + previous + "' and '" + e.name() + "'");
        }
      }
    }
    Ids ids = allocateTypeIds(interfaces.keySet(), nodes.keySet(), edges.keySet());
    Map<String, List<SchemaAst.Prop>> nodeProps = new TreeMap<>();
    for (SchemaAst.Node node : nodes.values()) {
      nodeProps.put(node.name(), effectiveProperties(node, interfaces));
    }
    for (SchemaAst.Interface i : interfaces.values()) {
      for (SchemaAst.Prop prop : i.properties()) {
        ids.property(i.name(), prop.name());
      }
    }
    for (SchemaAst.Node node : nodes.values()) {
      nodeProps.get(node.name()).forEach(p -> ids.property(node.name(), p.name()));
    }
    for (SchemaAst.Edge edge : edges.values()) {
      edge.properties().forEach(p -> ids.property(edge.name(), p.name()));
    }
    ids.assignPropertyIds();
    ids.assignIncarnations(nodes.keySet(), edges.keySet());
    List<NodeType> nodeTypes = new ArrayList<>();
    for (SchemaAst.Node node : nodes.values()) {
      nodeTypes.add(node(node, nodeProps.get(node.name()), ids));
    }
    List<EdgeType> edgeTypes = new ArrayList<>();
    for (SchemaAst.Edge edge : edges.values()) {
      edgeTypes.add(edge(edge, nodes, ids));
    }
    return new Catalog(source, nodeTypes, edgeTypes);
  }

  private static List<SchemaAst.Prop> effectiveProperties(SchemaAst.Node node, Map<String, SchemaAst.Interface> interfaces) {
    Map<String, SchemaAst.Prop> props = new LinkedHashMap<>();
    for (SchemaAst.Prop prop : node.properties()) {
      if (props.putIfAbsent(prop.name(), prop) != null) {
        throw error(prop.at(), "node " + node.name() + " declares property '" + prop.name() + "' twice");
      }
    }
    for (String name : node.implementsNames()) {
      SchemaAst.Interface iface = interfaces.get(name);
      if (iface == null) {
        throw error(node.at(), "node " + node.name() + " implements unknown interface '" + name + "'");
      }
      for (SchemaAst.Prop prop : iface.properties()) {
        SchemaAst.Prop existing = props.get(prop.name());
        if (existing == null) {
          props.put(prop.name(), prop);
        } else if (!existing.type().equals(prop.type())) {
          throw error(existing.at(), "node " + node.name() + " property '" + prop.name() + "' has type " + existing.type()
              + " but interface " + name + " declares it as " + prop.type());
        }
      }
    }
    return new ArrayList<>(props.values());
  }

  private static NodeType node(SchemaAst.Node node, List<SchemaAst.Prop> props, Ids ids) {
    List<Constraint> constraints = new ArrayList<>();
    List<Property> properties = properties(node.name(), props, constraints, false);
    for (SchemaAst.BodyConstraint body : node.constraints()) {
      checkConstraint(node.name(), body, properties, false);
      constraints.add(body.constraint());
    }
    List<String> key = List.of();
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Key k) {
        if (!key.isEmpty()) {
          throw error(node.at(), "node type " + node.name() + " has multiple @key constraints; only one is supported");
        }
        List<String> ordered = new ArrayList<>(k.properties());
        ordered.sort(Comparator.comparingLong(p -> ids.propertyId(node.name(), p)));
        key = ordered;
      }
    }
    return new NodeType(node.name(), ids.typeId(node.name()), ids.incarnation(node.name()), properties, key, constraints,
        typeAnnotations(node.name(), node.annotations()), node.implementsNames().stream().sorted().toList());
  }

  private static EdgeType edge(SchemaAst.Edge edge, Map<String, SchemaAst.Node> nodes, Ids ids) {
    for (String endpoint : List.of(edge.from(), edge.to())) {
      if (!nodes.containsKey(endpoint)) {
        throw error(edge.at(), "edge " + edge.name() + " references unknown " + (endpoint.equals(edge.from()) ? "source" : "target")
            + " type '" + endpoint + "'");
      }
    }
    if (edge.cardMax() != null && edge.cardMin() > edge.cardMax()) {
      throw error(edge.at(), "cardinality min (" + edge.cardMin() + ") exceeds max (" + edge.cardMax() + ")");
    }
    List<Constraint> constraints = new ArrayList<>();
    List<Property> properties = properties(edge.name(), edge.properties(), constraints, true);
    for (SchemaAst.BodyConstraint body : edge.constraints()) {
      checkConstraint(edge.name(), body, properties, true);
      constraints.add(body.constraint());
    }
    return new EdgeType(edge.name(), ids.typeId(edge.name()), ids.incarnation(edge.name()), edge.from(), edge.to(),
        edge.cardMin(), edge.cardMax(), properties, constraints, typeAnnotations(edge.name(), edge.annotations()));
  }

  private static List<Property> properties(String owner, List<SchemaAst.Prop> props, List<Constraint> constraints, boolean edge) {
    List<Property> out = new ArrayList<>();
    for (SchemaAst.Prop prop : props) {
      String name = prop.name();
      if (RESERVED.contains(name)) {
        throw error(prop.at(), "property name '" + name + "' on " + owner + " is reserved for exported Lance row metadata");
      }
      if (name.equals("id") || (edge && (name.equals("src") || name.equals("dst")))) {
        throw error(prop.at(), "property name '" + name + "' on " + owner + " clashes with the stored " + name + " column");
      }
      Map<String, String> annotations = new LinkedHashMap<>();
      for (SchemaAst.Annotation annotation : prop.annotations()) {
        if (annotations.containsKey(annotation.name())) {
          throw error(annotation.at(), "property " + owner + "." + name + " declares @" + annotation.name() + " multiple times");
        }
        annotations.put(annotation.name(), annotation.value() == null ? "" : annotation.value());
        String kind = annotation.name();
        if (kind.equals("key") || kind.equals("unique") || kind.equals("index")) {
          if (annotation.value() != null) {
            throw error(annotation.at(), "@" + kind + " on " + owner + "." + name + " does not accept a value");
          }
          if (edge && kind.equals("key")) {
            throw error(annotation.at(), "@key is not supported on edge properties (edge " + owner + "." + name + ")");
          }
          checkKeyable(owner, name, prop.type(), kind, annotation.at());
          List<String> columns = List.of(name);
          constraints.add(kind.equals("key") ? new Constraint.Key(columns)
              : kind.equals("unique") ? new Constraint.Unique(columns) : new Constraint.Index(columns));
        } else if (kind.equals("instruction")) {
          throw error(annotation.at(), "@instruction is only supported on node and edge types, not on property " + owner + "." + name);
        } else if (kind.equals("embed") && (edge || prop.type().scalar() != ScalarType.VECTOR || prop.type().list())) {
          throw error(annotation.at(), "@embed on " + owner + "." + name + " requires a Vector property of a node type");
        }
      }
      if (prop.type().list() && prop.type().scalar() == ScalarType.BLOB) {
        throw error(prop.at(), "list of Blob is not supported (" + owner + "." + name + ")");
      }
      out.add(new Property(name, prop.type(), annotations));
    }
    out.sort(Comparator.comparing(Property::name));
    return out;
  }

  private static void checkKeyable(String owner, String name, PropType type, String kind, SourceLocation at) {
    if (type.scalar() == ScalarType.BLOB && !kind.equals("key")) {
      throw error(at, "@" + kind + " is not supported on blob property " + owner + "." + name);
    }
    if (!kind.equals("key")) {
      return;
    }
    if (type.nullable()) {
      throw error(at, "@key property " + owner + "." + name + " cannot be nullable");
    }
    String shape = type.list() ? "list" : type.scalar() == ScalarType.VECTOR ? "vector" : type.scalar() == ScalarType.BLOB ? "blob" : null;
    if (shape != null) {
      throw error(at, "@key is not supported on " + shape + " property " + owner + "." + name);
    }
  }

  private static void checkConstraint(String owner, SchemaAst.BodyConstraint body, List<Property> properties, boolean edge) {
    Constraint constraint = body.constraint();
    String kind = constraint.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    if (edge && (constraint instanceof Constraint.Key || constraint instanceof Constraint.Range || constraint instanceof Constraint.Check)) {
      throw error(body.at(), "@" + kind + " constraint is not supported on edges (edge " + owner + ")");
    }
    List<String> columns = switch (kind) {
      case "key" -> ((Constraint.Key) constraint).properties();
      case "unique" -> ((Constraint.Unique) constraint).properties();
      case "index" -> ((Constraint.Index) constraint).properties();
      case "range" -> List.of(((Constraint.Range) constraint).property());
      default -> List.of(((Constraint.Check) constraint).property());
    };
    for (String column : columns) {
      if (edge && (column.equals("src") || column.equals("dst")) && !kind.equals("key")) {
        continue;
      }
      Property property = properties.stream().filter(p -> p.name().equals(column)).findFirst().orElseThrow(() ->
          error(body.at(), "@" + kind + " on " + owner + " references unknown property '" + column + "'"));
      PropType type = property.type();
      if (kind.equals("key") || kind.equals("unique") || kind.equals("index")) {
        checkKeyable(owner, column, type, kind, body.at());
      } else if (kind.equals("range") && !type.scalar().isNumeric()) {
        throw error(body.at(), "@range on " + owner + "." + column + " requires a numeric type, got " + type.withNullable(false));
      } else if (kind.equals("check") && type.scalar() != ScalarType.STRING) {
        throw error(body.at(), "@check on " + owner + "." + column + " requires String type, got " + type.withNullable(false));
      }
    }
  }

  private static Map<String, String> typeAnnotations(String owner, List<SchemaAst.Annotation> annotations) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SchemaAst.Annotation annotation : annotations) {
      if (PROPERTY_ONLY.contains(annotation.name()) && !TYPE_ANNOTATIONS.contains(annotation.name())) {
        throw error(annotation.at(), "@" + annotation.name() + " is only supported on node properties or as body constraint (" + owner + ")");
      }
      if (out.put(annotation.name(), annotation.value() == null ? "" : annotation.value()) != null) {
        throw error(annotation.at(), owner + " declares @" + annotation.name() + " multiple times");
      }
    }
    return out;
  }

  private static Ids allocateTypeIds(Set<String> interfaces, Set<String> nodes, Set<String> edges) {
    Ids ids = new Ids();
    interfaces.stream().sorted().forEach(name -> ids.type("interface:" + name));
    nodes.stream().sorted().forEach(name -> ids.type(name));
    edges.stream().sorted().forEach(name -> ids.type("edge:" + name));
    return ids;
  }

  private static OmniGraphException error(SourceLocation at, String message) {
    return new OmniGraphException(ErrorCode.SCHEMA_ERROR, at, message);
  }

  /** The one monotonically increasing id counter of §3.1. */
  private static final class Ids {
    private long next = 1;
    private final Map<String, Long> types = new LinkedHashMap<>();
    private final List<String[]> pendingProperties = new ArrayList<>();
    private final Map<String, Long> properties = new HashMap<>();
    private final Map<String, Long> incarnations = new HashMap<>();

    void type(String key) {
      types.put(key, next++);
    }

    long typeId(String name) {
      Long id = types.get(name);
      return id != null ? id : types.get("edge:" + name);
    }

    void property(String owner, String name) {
      pendingProperties.add(new String[] {owner, name});
    }

    void assignPropertyIds() {
      pendingProperties.sort(Comparator.<String[]>comparingLong(p -> ownerId(p[0])).thenComparing(p -> p[1]));
      for (String[] p : pendingProperties) {
        properties.putIfAbsent(p[0] + "." + p[1], next++);
      }
    }

    private long ownerId(String owner) {
      Long id = types.get(owner);
      if (id == null) {
        id = types.get("interface:" + owner);
      }
      return id != null ? id : types.get("edge:" + owner);
    }

    long propertyId(String owner, String name) {
      return properties.get(owner + "." + name);
    }

    void assignIncarnations(Set<String> nodes, Set<String> edges) {
      List<String> tables = new ArrayList<>(nodes);
      tables.addAll(edges);
      tables.sort(Comparator.comparingLong(this::typeId));
      for (String table : tables) {
        incarnations.put(table, next++);
      }
    }

    long incarnation(String name) {
      return incarnations.get(name);
    }
  }
}
