package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import org.junit.jupiter.api.Test;

class OmniGraphResultSetMetaDataTest {
  private final ResultSetMetaData meta = new OmniGraphResultSetMetaData(Results.everyType().columns(), "people.omni", "main");

  @Test
  void labelsAndNamesAreTheResultColumnNames() throws SQLException {
    assertThat(meta.getColumnCount()).isEqualTo(14);
    assertThat(meta.getColumnLabel(1)).isEqualTo("p.name");
    assertThat(meta.getColumnName(1)).isEqualTo("p.name");
    assertThat(meta.getColumnName(14)).isEqualTo("total");
  }

  @Test
  void mapsEachTypeToItsJdbcTypeNameAndClass() throws SQLException {
    int[] types = {
      Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.REAL,
      Types.DOUBLE, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.BIGINT
    };
    String[] names = {
      "VARCHAR", "VARCHAR", "BOOLEAN", "INTEGER", "BIGINT", "BIGINT", "REAL", "DOUBLE", "DATE",
      "TIMESTAMP WITH TIME ZONE", "VARCHAR ARRAY", "DATE ARRAY", "REAL ARRAY", "BIGINT"
    };
    String[] classes = {
      "java.lang.String", "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long",
      "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.sql.Date", "java.time.OffsetDateTime",
      "java.sql.Array", "java.sql.Array", "java.sql.Array", "java.lang.Long"
    };
    for (int column = 1; column <= 14; column++) {
      assertThat(meta.getColumnType(column)).as("type of %d", column).isEqualTo(types[column - 1]);
      assertThat(meta.getColumnTypeName(column)).as("name of %d", column).isEqualTo(names[column - 1]);
      assertThat(meta.getColumnClassName(column)).as("class of %d", column).isEqualTo(classes[column - 1]);
    }
  }

  @Test
  void nullabilityFollowsTheDeclaredType() throws SQLException {
    assertThat(meta.isNullable(1)).isEqualTo(ResultSetMetaData.columnNullableUnknown);
    assertThat(meta.isNullable(4)).isEqualTo(ResultSetMetaData.columnNullable);
  }

  @Test
  void sizesAndSignsFollowTheType() throws SQLException {
    assertThat(meta.getPrecision(4)).isEqualTo(10);
    assertThat(meta.getColumnDisplaySize(4)).isEqualTo(11);
    assertThat(meta.getPrecision(2)).isEqualTo(4);
    assertThat(meta.getPrecision(1)).isEqualTo(Integer.MAX_VALUE);
    assertThat(meta.getPrecision(10)).isEqualTo(24);
    assertThat(meta.getScale(8)).isZero();
    assertThat(meta.isSigned(4)).isTrue();
    assertThat(meta.isSigned(6)).isFalse();
    assertThat(meta.isCaseSensitive(1)).isTrue();
    assertThat(meta.isCaseSensitive(4)).isFalse();
  }

  @Test
  void tablesAreTheNodeTypesAndEmptyForComputedColumns() throws SQLException {
    assertThat(meta.getTableName(1)).isEqualTo("Person");
    assertThat(meta.getSchemaName(1)).isEqualTo("main");
    assertThat(meta.getCatalogName(1)).isEqualTo("people.omni");
    assertThat(meta.getTableName(14)).isEmpty();
    assertThat(meta.getSchemaName(14)).isEmpty();
    assertThat(meta.getCatalogName(14)).isEmpty();
  }

  @Test
  void resultsOfNoGraphHaveNoSchemaOrCatalog() throws SQLException {
    ResultSetMetaData detached = new OmniGraphResultSetMetaData(Results.everyType().columns(), "", "");
    assertThat(detached.getTableName(1)).isEqualTo("Person");
    assertThat(detached.getSchemaName(1)).isEmpty();
    assertThat(detached.getCatalogName(1)).isEmpty();
  }

  @Test
  void columnsAreReadOnly() throws SQLException {
    assertThat(meta.isReadOnly(1)).isTrue();
    assertThat(meta.isWritable(1)).isFalse();
    assertThat(meta.isAutoIncrement(1)).isFalse();
  }

  @Test
  void columnNumbersOutsideTheResultFail() {
    assertThatThrownBy(() -> meta.getColumnType(15))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"))
        .hasMessage("column 15 is out of range 1..14");
  }
}
