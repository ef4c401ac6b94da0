package dev.omnigraph.compiler.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaParserTest {
  private static final String TEST_PG = """
      node Person { name: String @key  age: I32? }
      node Company { name: String @key }
      edge Knows: Person -> Person { since: Date? }
      edge WorksAt: Person -> Company
      """;

  @Test
  void allocatesIdsAsTheReferenceWorkedExample() {
    Catalog catalog = SchemaParser.parse("interface Z { p: String } node B implements Z {} node A {} edge E: A -> B {}", "s.pg");
    NodeType a = catalog.nodeType("A").orElseThrow();
    NodeType b = catalog.nodeType("B").orElseThrow();
    EdgeType e = catalog.edgeType("E").orElseThrow();
    assertThat(List.of(a.typeId(), b.typeId(), e.typeId())).containsExactly(2L, 3L, 4L);
    assertThat(List.of(a.incarnationId(), b.incarnationId(), e.incarnationId())).containsExactly(7L, 8L, 9L);
    assertThat(b.properties()).extracting(Property::name).containsExactly("p");
  }

  @Test
  void namesTablesByIdentityAndSortsColumnsByName() {
    Catalog catalog = SchemaParser.parse(TEST_PG, "test.pg");
    NodeType person = catalog.nodeType("Person").orElseThrow();
    assertThat(person.tablePath()).isEqualTo("nodes/0000000000000002-000000000000000a");
    assertThat(person.key()).containsExactly("name");
    assertThat(ArrowSchemas.tableSchema(person).getFields()).extracting(f -> f.getName()).containsExactly("id", "age", "name");
    assertThat(ArrowSchemas.tableSchema(catalog.edgeType("Knows").orElseThrow()).getFields())
        .extracting(f -> f.getName()).containsExactly("id", "src", "dst", "since");
  }

  @Test
  void edgeLookupIsCaseInsensitive() {
    Catalog catalog = SchemaParser.parse(TEST_PG, "test.pg");
    assertThat(catalog.edgeType("worksAt")).map(EdgeType::name).hasValue("WorksAt");
    assertThat(catalog.nodeType("person")).isEmpty();
  }

  @Test
  void enumValuesAreSortedAndDuplicatesRejected() {
    Catalog catalog = SchemaParser.parse("node T { s: enum(open, closed, blocked, data-eng) }", "s.pg");
    assertThat(catalog.nodeType("T").orElseThrow().property("s").orElseThrow().type().enumValues())
        .containsExactly("blocked", "closed", "data-eng", "open");
    assertError("node T { s: enum(open, closed, open) }", ErrorCode.SCHEMA_ERROR, "s.pg:1:32", "duplicate values");
  }

  @Test
  void syntaxErrorNamesLineColumnAndToken() {
    assertError("node Person {\n  name String\n}", ErrorCode.SYNTAX_ERROR, "s.pg:2:8", "'String'");
  }

  @Test
  void rejectsInvalidSchemas() {
    assertError("edge Knows: Person -> Alien", ErrorCode.SCHEMA_ERROR, "s.pg:1:1", "unknown source type 'Person'");
    assertError("node P { uid: U64 @key  ext: String @key }", ErrorCode.SCHEMA_ERROR, "s.pg:1:1", "multiple @key");
    assertError("node P { tags: [String] @key }", ErrorCode.SCHEMA_ERROR, "s.pg:1:25", "@key is not supported on list property P.tags");
    assertError("node P { name: String? @key }", ErrorCode.SCHEMA_ERROR, "s.pg:1:24", "cannot be nullable");
    assertError("node P { name: String  @range(name, 0..100) }", ErrorCode.SCHEMA_ERROR, "s.pg:1:24", "requires a numeric type");
    assertError("node P { id: String }", ErrorCode.SCHEMA_ERROR, "s.pg:1:10", "clashes with the stored id column");
    assertError("node P { v: Vector(0) }", ErrorCode.SCHEMA_ERROR, "s.pg:1:13", "must be greater than zero");
    assertError("node A {} edge Knows: A -> A  edge KNOWS: A -> A", ErrorCode.SCHEMA_ERROR, "s.pg:1:31", "case folding");
    assertError("node P @description(\"bad\\q\") { }", ErrorCode.SCHEMA_ERROR, "s.pg:1:21", "unsupported escape sequence: \\q");
  }

  @Test
  void rangeWithOnlyAnUpperBoundKeepsTheReferenceQuirk() {
    Catalog catalog = SchemaParser.parse("node M { x: F64  @range(x, ..10) }", "s.pg");
    assertThat(catalog.nodeType("M").orElseThrow().constraints()).containsExactly(new Constraint.Range("x", 10.0, null));
  }

  private static void assertError(String source, ErrorCode code, String location, String fragment) {
    assertThatThrownBy(() -> SchemaParser.parse(source, "s.pg"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.location()).map(Object::toString).hasValue(location);
          assertThat(e.detail()).contains(fragment);
        });
  }
}
