package dev.omnigraph.engine.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.schema.SchemaParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphMetadataTest {
  private final GraphMetadata graph = new GraphMetadata(SchemaParser.parse("""
      node Person @description("people we track") {
          slug: String @key
          name: String @index
          email: String? @unique
          level: enum(low, high)? @description("risk level")
      }
      node Tag { label: String }
      edge Knows: Person -> Person { since: Date? }
      edge Tag: Person -> Tag
      """, "s.pg"));

  @Test
  void listsOneTablePerNodeAndEdgeTypeByName() {
    assertThat(graph.tables()).extracting(TableInfo::name).containsExactly("Knows", "Person", "Tag", "Tag_edge");
    assertThat(graph.table("Knows").orElseThrow().kind()).isEqualTo(TableKind.EDGE);
    assertThat(graph.table("Tag").orElseThrow().kind()).isEqualTo(TableKind.NODE);
    assertThat(graph.branches()).containsExactly("main");
  }

  @Test
  void describesColumnsInStoredOrderWithRemarks() {
    TableInfo person = graph.table("Person").orElseThrow();
    assertThat(person.columns()).extracting(ColumnInfo::name).containsExactly("id", "email", "level", "name", "slug");
    assertThat(person.columns()).extracting(ColumnInfo::position).containsExactly(1, 2, 3, 4, 5);
    assertThat(person.column("level").orElseThrow().remarks()).isEqualTo("enum(high, low); risk level");
    assertThat(person.column("slug").orElseThrow().remarks()).isEqualTo("@key");
    assertThat(person.column("email").orElseThrow().remarks()).isEqualTo("@unique");
    assertThat(person.column("name").orElseThrow().remarks()).isEqualTo("@index");
    assertThat(person.column("id").orElseThrow().remarks()).isEqualTo("node id: the canonical text of @key(slug)");
    assertThat(person.remarks()).isEqualTo("node type; people we track");
    assertThat(graph.table("Knows").orElseThrow().remarks()).isEqualTo("edge Knows: Person -> Person");
  }

  @Test
  void keyedNodesAreKeyedByTheKeyOthersById() {
    assertThat(graph.table("Person").orElseThrow().primaryKey()).containsExactly("slug");
    assertThat(graph.table("Tag").orElseThrow().primaryKey()).containsExactly("id");
    assertThat(graph.table("Knows").orElseThrow().primaryKey()).containsExactly("id");
  }

  @Test
  void edgeEndpointsAreForeignKeysToNodeIds() {
    assertThat(graph.table("Tag_edge").orElseThrow().foreignKeys()).containsExactly(
        new ForeignKey("Tag_edge_src_fkey", "Tag_edge", "src", "Person", "id"),
        new ForeignKey("Tag_edge_dst_fkey", "Tag_edge", "dst", "Tag", "id"));
    assertThat(graph.exportedKeys("Person")).extracting(ForeignKey::name)
        .containsExactly("Knows_src_fkey", "Knows_dst_fkey", "Tag_edge_src_fkey");
    assertThat(graph.exportedKeys("Knows")).isEmpty();
  }

  @Test
  void indexesAreThePrimaryKeyTheIdOfKeyedNodesAndTheSchemaConstraints() {
    assertThat(graph.table("Person").orElseThrow().indexes()).containsExactly(
        new TableIndex("Person_pkey", true, List.of("slug")),
        new TableIndex("Person_email_key", true, List.of("email")),
        new TableIndex("Person_id_key", true, List.of("id")),
        new TableIndex("Person_name_idx", false, List.of("name")));
    assertThat(graph.table("Tag").orElseThrow().indexes()).containsExactly(new TableIndex("Tag_pkey", true, List.of("id")));
  }
}
