package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** JDBC parameter values to the JSON shapes of {@code gq-language.md} §10.4. */
class ParameterValuesTest {

  @Test
  void jsonShapedValuesPassThroughAndSmallNumbersWiden() throws SQLException {
    assertThat(convert("Ada")).isEqualTo("Ada");
    assertThat(convert(true)).isEqualTo(true);
    assertThat(convert(42)).isEqualTo(42);
    assertThat(convert(42L)).isEqualTo(42L);
    assertThat(convert(2.5)).isEqualTo(2.5);
    assertThat(convert((byte) 3)).isEqualTo(3);
    assertThat(convert((short) 4)).isEqualTo(4);
    assertThat(convert(0.1f)).isEqualTo(0.1);
    assertThat(convert(new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.50"));
    assertThat(convert(null)).isNull();
  }

  @Test
  void datesAndTimestampsBecomeIsoText() throws SQLException {
    assertThat(convert(Date.valueOf("2024-01-02"))).isEqualTo("2024-01-02");
    assertThat(convert(LocalDate.of(1815, 12, 10))).isEqualTo("1815-12-10");
    Instant instant = Instant.parse("2024-01-02T03:04:05.678Z");
    assertThat(convert(Timestamp.from(instant))).isEqualTo("2024-01-02T03:04:05.678Z");
    assertThat(convert(instant)).isEqualTo("2024-01-02T03:04:05.678Z");
    assertThat(convert(OffsetDateTime.of(2024, 1, 2, 5, 4, 5, 0, ZoneOffset.ofHours(2)))).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(convert(LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("2024-01-02T03:04:05");
  }

  @Test
  void arraysAndCollectionsBecomeListsOfConvertedElements() throws SQLException {
    assertThat(convert(new String[] {"a", "b"})).isEqualTo(List.of("a", "b"));
    assertThat(convert(new float[] {0.5f, 1f})).isEqualTo(List.of(0.5, 1.0));
    assertThat(convert(List.of(Date.valueOf("2024-01-02")))).isEqualTo(List.of("2024-01-02"));
  }

  @Test
  void valuesWithoutAJsonShapeAreRefusedNamingTheMarker() {
    assertThatThrownBy(() -> ParameterValues.convert(2, UUID.randomUUID()))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"))
        .hasMessageStartingWith("parameter 2: cannot bind a java.util.UUID");
    assertThatThrownBy(() -> ParameterValues.convert(1, Time.valueOf("10:00:00")))
        .hasMessage("parameter 1: cannot bind a java.sql.Time; OmniGraph has no time-of-day type");
  }

  @Test
  void indexesOutsideTheMarkersAre07009AndClearUnbinds() throws SQLException {
    ParameterValues values = new ParameterValues(2);
    values.set(2, "x");
    assertThat(values.set()).containsExactly(false, true);

    assertThatThrownBy(() -> values.set(3, "y"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"))
        .hasMessage("parameter index 3 is out of range: the statement has 2 parameter markers (1..2)");
    assertThatThrownBy(() -> new ParameterValues(0).set(1, "y"))
        .hasMessage("parameter index 1 is out of range: the statement has no parameter markers");
    values.clear();
    assertThat(values.set()).containsExactly(false, false);
    assertThat(values.values()).containsExactly(null, null);
  }

  private static Object convert(Object value) throws SQLException {
    return ParameterValues.convert(1, value);
  }
}
