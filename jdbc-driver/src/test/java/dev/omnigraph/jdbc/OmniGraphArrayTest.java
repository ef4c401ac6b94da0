package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OmniGraphArrayTest {
  private final ResultSet rows = Results.resultSet(Results.everyType());

  @BeforeEach
  void onFirstRow() throws SQLException {
    rows.next();
  }

  @Test
  void listsAreTypedArraysOfTheirElements() throws SQLException {
    Array tags = rows.getArray("p.tags");
    Array days = rows.getArray("p.days");

    assertThat(tags.getBaseType()).isEqualTo(Types.VARCHAR);
    assertThat(tags.getBaseTypeName()).isEqualTo("VARCHAR");
    assertThat(tags.getArray()).isInstanceOf(String[].class);
    assertThat(days.getArray()).isEqualTo(new Date[] {Date.valueOf(LocalDate.of(2026, 1, 2))});
  }

  @Test
  void vectorsAreArraysOfReal() throws SQLException {
    Array embedding = rows.getArray("p.embedding");

    assertThat(embedding.getBaseType()).isEqualTo(Types.REAL);
    assertThat(embedding.getArray()).isEqualTo(new Float[] {0.5f, -1f});
  }

  @Test
  void slicesFromAOneBasedIndex() throws SQLException {
    Array tags = rows.getArray("p.tags");

    assertThat((Object[]) tags.getArray(2, 2)).containsExactly(null, "poetry");
    assertThatThrownBy(() -> tags.getArray(3, 2))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("2202E"))
        .hasMessage("array range 3..4 is outside 1..3");
  }

  @Test
  void readsAsRowsOfIndexAndValue() throws SQLException {
    ResultSet elements = rows.getArray("p.tags").getResultSet(2, 2);

    assertThat(elements.getMetaData().getColumnLabel(1)).isEqualTo("INDEX");
    assertThat(elements.next()).isTrue();
    assertThat(elements.getLong("INDEX")).isEqualTo(2);
    assertThat(elements.getString("VALUE")).isNull();
    assertThat(elements.wasNull()).isTrue();
    assertThat(elements.next()).isTrue();
    assertThat(elements.getString(2)).isEqualTo("poetry");
    assertThat(elements.next()).isFalse();
  }

  @Test
  void failsOnceFreed() throws SQLException {
    Array tags = rows.getArray("p.tags");
    tags.free();
    tags.free();

    assertThatThrownBy(tags::getArray).hasMessage("array is freed");
  }
}
