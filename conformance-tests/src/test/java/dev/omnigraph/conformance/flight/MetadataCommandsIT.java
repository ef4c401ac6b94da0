package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.flight.sql.FlightSqlProducer.Schemas;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo;
import org.apache.arrow.flight.sql.util.TableRef;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metadata command answers in exactly its canonical schema (the checks of Arrow's
 * {@code flight_sql} integration scenario: the FlightInfo schema, the stream schema and
 * {@code GetSchema} all equal {@code FlightSqlProducer.Schemas.*}), with rows from the graph.
 */
class MetadataCommandsIT {
  @TempDir
  static Path dir;
  static SocialGraphServer fixture;
  static FlightSqlClient client;

  @BeforeAll
  static void start() {
    fixture = SocialGraphServer.start(dir);
    client = fixture.client;
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  private static void assertCanonical(FlightInfo info, Schema canonical, Schema fromGetSchema) throws Exception {
    assertThat(info.getSchemaOptional()).contains(canonical);
    assertThat(fixture.streamSchema(info)).isEqualTo(canonical);
    assertThat(fromGetSchema).isEqualTo(canonical);
  }

  @Test
  void everyMetadataCommandUsesItsCanonicalSchema() throws Exception {
    TableRef person = TableRef.of(null, null, "Person");
    assertCanonical(client.getCatalogs(), Schemas.GET_CATALOGS_SCHEMA, client.getCatalogsSchema().getSchema());
    assertCanonical(client.getSchemas(null, null), Schemas.GET_SCHEMAS_SCHEMA, client.getSchemasSchema().getSchema());
    assertCanonical(client.getTables(null, null, null, null, false), Schemas.GET_TABLES_SCHEMA_NO_SCHEMA,
        client.getTablesSchema(false).getSchema());
    assertCanonical(client.getTables(null, null, null, null, true), Schemas.GET_TABLES_SCHEMA,
        client.getTablesSchema(true).getSchema());
    assertCanonical(client.getTableTypes(), Schemas.GET_TABLE_TYPES_SCHEMA, client.getTableTypesSchema().getSchema());
    assertCanonical(client.getPrimaryKeys(person), Schemas.GET_PRIMARY_KEYS_SCHEMA, client.getPrimaryKeysSchema().getSchema());
    assertCanonical(client.getExportedKeys(person), Schemas.GET_EXPORTED_KEYS_SCHEMA, client.getExportedKeysSchema().getSchema());
    assertCanonical(client.getImportedKeys(TableRef.of(null, null, "Knows")), Schemas.GET_IMPORTED_KEYS_SCHEMA,
        client.getImportedKeysSchema().getSchema());
    assertCanonical(client.getCrossReference(person, TableRef.of(null, null, "Knows")), Schemas.GET_CROSS_REFERENCE_SCHEMA,
        client.getCrossReferenceSchema().getSchema());
    assertCanonical(client.getSqlInfo(), Schemas.GET_SQL_INFO_SCHEMA, client.getSqlInfoSchema().getSchema());
    assertCanonical(client.getXdbcTypeInfo(), Schemas.GET_TYPE_INFO_SCHEMA, client.getXdbcTypeInfoSchema().getSchema());
  }

  @Test
  void catalogIsTheGraphAndSchemasAreItsBranches() throws Exception {
    assertThat(fixture.rows(client.getCatalogs())).containsExactly(List.of("social"));
    assertThat(fixture.rows(client.getSchemas(null, null))).containsExactly(List.of("social", "main"));
    assertThat(fixture.rows(client.getSchemas("social", "ma%"))).containsExactly(List.of("social", "main"));
    assertThat(fixture.rows(client.getSchemas("other", null))).isEmpty();
    assertThat(fixture.rows(client.getTableTypes())).containsExactly(List.of("TABLE"));
  }

  @Test
  void tablesAreNodeAndEdgeTypesInNameOrderFilteredByPattern() throws Exception {
    assertThat(fixture.rows(client.getTables(null, null, null, null, false))).extracting(row -> row.get(2))
        .containsExactly("Company", "Contributes", "Knows", "Person", "Project", "Sponsors", "WorksAt");
    assertThat(fixture.rows(client.getTables("social", "main", "P%", List.of("TABLE"), false)))
        .containsExactly(List.of("social", "main", "Person", "TABLE"), List.of("social", "main", "Project", "TABLE"));
    assertThat(fixture.rows(client.getTables(null, null, null, List.of("VIEW"), false))).isEmpty();
  }

  @Test
  void includeSchemaCarriesTypedColumnsWithFlightSqlColumnMetadata() throws Exception {
    List<List<Object>> rows = fixture.rows(client.getTables(null, null, "Person", null, true));
    assertThat(rows).hasSize(1);
    Schema schema = Schema.deserializeMessage(java.nio.ByteBuffer.wrap((byte[]) rows.get(0).get(4)));
    assertThat(schema.getFields()).extracting(f -> f.getName())
        .containsExactly("id", "born", "city", "level", "name", "skills", "slug");
    var born = schema.findField("born");
    assertThat(born.getType()).isEqualTo(new org.apache.arrow.vector.types.pojo.ArrowType.Date(
        org.apache.arrow.vector.types.DateUnit.DAY));
    assertThat(born.isNullable()).isTrue();
    assertThat(born.getMetadata()).containsEntry("ARROW:FLIGHT:SQL:TYPE_NAME", "DATE")
        .containsEntry("ARROW:FLIGHT:SQL:TABLE_NAME", "Person")
        .containsEntry("ARROW:FLIGHT:SQL:CATALOG_NAME", "social")
        .containsEntry("ARROW:FLIGHT:SQL:SCHEMA_NAME", "main")
        .containsEntry("ARROW:FLIGHT:SQL:PRECISION", "10");
    assertThat(schema.findField("slug").getMetadata()).containsEntry("ARROW:FLIGHT:SQL:REMARKS", "@key");
    assertThat(schema.findField("skills").getMetadata()).containsEntry("ARROW:FLIGHT:SQL:TYPE_NAME", "VARCHAR ARRAY");
  }

  @Test
  void keysDescribeKeyedNodesAndEdgesAsForeignKeys() throws Exception {
    assertThat(fixture.rows(client.getPrimaryKeys(TableRef.of(null, null, "Person"))))
        .containsExactly(List.of("social", "main", "Person", "slug", 1, "Person_pkey"));
    assertThat(fixture.rows(client.getPrimaryKeys(TableRef.of(null, null, "Knows"))))
        .containsExactly(List.of("social", "main", "Knows", "id", 1, "Knows_pkey"));
    assertThat(fixture.rows(client.getPrimaryKeys(TableRef.of(null, null, "Nope")))).isEmpty();
    assertThat(fixture.rows(client.getImportedKeys(TableRef.of(null, null, "WorksAt"))))
        .extracting(row -> row.get(2) + "." + row.get(3) + " <- " + row.get(6) + "." + row.get(7) + " " + row.get(9) + "/" + row.get(10))
        .containsExactly("Company.id <- WorksAt.dst WorksAt_dst_fkey/Company_id_key",
            "Person.id <- WorksAt.src WorksAt_src_fkey/Person_id_key");
    assertThat(fixture.rows(client.getExportedKeys(TableRef.of(null, null, "Company"))))
        .extracting(row -> row.get(6) + "." + row.get(7))
        .containsExactly("Sponsors.src", "WorksAt.dst");
    assertThat(fixture.rows(client.getCrossReference(TableRef.of(null, null, "Person"), TableRef.of(null, null, "Knows"))))
        .extracting(row -> row.get(7)).containsExactly("src", "dst");
  }

  @Test
  void sqlInfoNamesTheServerAndSaysTransactionsAndLeavesOutUnknownCodes() throws Exception {
    List<List<Object>> rows = fixture.rows(client.getSqlInfo(SqlInfo.FLIGHT_SQL_SERVER_NAME, SqlInfo.FLIGHT_SQL_SERVER_TRANSACTION,
        SqlInfo.SQL_IDENTIFIER_QUOTE_CHAR));
    assertThat(rows).extracting(row -> row.get(0)).containsExactly(0, 8, 504);
    assertThat(rows.get(0).get(1).toString()).isEqualTo("OmniGraph");
    assertThat(rows.get(1).get(1)).isEqualTo(1);
    assertThat(rows.get(2).get(1).toString()).isEqualTo("\"");
    assertThat(fixture.rows(client.getSqlInfo(new int[] {999_999}))).isEmpty();
    assertThat(fixture.rows(client.getSqlInfo())).hasSizeGreaterThan(20);
  }

  @Test
  void typeInfoListsEverySqlTypeAndFiltersByCode() throws Exception {
    assertThat(fixture.rows(client.getXdbcTypeInfo())).extracting(row -> row.get(0))
        .contains("VARCHAR", "BIGINT", "DOUBLE", "DATE", "TIMESTAMP WITH TIME ZONE", "VARCHAR ARRAY");
    assertThat(fixture.rows(client.getXdbcTypeInfo(java.sql.Types.INTEGER))).extracting(row -> row.get(0)).containsExactly("INTEGER");
  }
}
