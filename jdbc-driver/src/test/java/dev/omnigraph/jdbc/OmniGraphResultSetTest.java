package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class OmniGraphResultSetTest {
  private final ResultSet rows = Results.resultSet(Results.everyType());

  @Test
  void walksRowsForwardOnce() throws SQLException {
    assertThat(rows.isBeforeFirst()).isTrue();
    assertThat(rows.getRow()).isZero();
    assertThat(rows.next()).isTrue();
    assertThat(rows.isFirst()).isTrue();
    assertThat(rows.getRow()).isEqualTo(1);
    assertThat(rows.next()).isTrue();
    assertThat(rows.isLast()).isTrue();
    assertThat(rows.next()).isFalse();
    assertThat(rows.isAfterLast()).isTrue();
    assertThat(rows.getRow()).isZero();
    assertThat(rows.next()).isFalse();
  }

  @Test
  void readsEveryTypeWithItsDefaultGetter() throws SQLException {
    rows.next();

    assertThat(rows.getString(1)).isEqualTo("Ada");
    assertThat(rows.getString(2)).isEqualTo("high");
    assertThat(rows.getBoolean(3)).isTrue();
    assertThat(rows.getInt(4)).isEqualTo(36);
    assertThat(rows.getLong(5)).isEqualTo(9_000_000_000L);
    assertThat(rows.getLong(6)).isEqualTo(7L);
    assertThat(rows.getFloat(7)).isEqualTo(1.1f);
    assertThat(rows.getDouble(8)).isEqualTo(2.5);
    assertThat(rows.getDate(9).toLocalDate()).isEqualTo(Results.BORN);
    assertThat(rows.getTimestamp(10)).isEqualTo(Timestamp.from(Results.SEEN));
    assertThat((Object[]) rows.getArray(11).getArray()).containsExactly("math", null, "poetry");
    assertThat((Object[]) rows.getArray(13).getArray()).containsExactly(0.5f, -1f);
    assertThat(rows.wasNull()).isFalse();
  }

  @Test
  void getObjectReturnsTheJdbcClassOfEachType() throws SQLException {
    rows.next();

    assertThat(rows.getObject(1)).isEqualTo("Ada");
    assertThat(rows.getObject(3)).isEqualTo(true);
    assertThat(rows.getObject(4)).isEqualTo(36);
    assertThat(rows.getObject(5)).isEqualTo(9_000_000_000L);
    assertThat(rows.getObject(7)).isEqualTo(1.1f);
    assertThat(rows.getObject(8)).isEqualTo(2.5);
    assertThat(rows.getObject(9)).isEqualTo(Date.valueOf(Results.BORN));
    assertThat(rows.getObject(10)).isEqualTo(Results.SEEN.atOffset(ZoneOffset.UTC));
    assertThat(rows.getObject(11)).isInstanceOf(Array.class);
    assertThat(rows.getObject(13)).isInstanceOf(Array.class);
  }

  @Test
  void getObjectConvertsToRequestedClasses() throws SQLException {
    rows.next();

    assertThat(rows.getObject(9, LocalDate.class)).isEqualTo(Results.BORN);
    assertThat(rows.getObject(10, Instant.class)).isEqualTo(Results.SEEN);
    assertThat(rows.getObject(10, OffsetDateTime.class))
        .isEqualTo(Results.SEEN.atOffset(ZoneOffset.UTC));
    assertThat(rows.getObject(10, LocalDateTime.class))
        .isEqualTo(LocalDateTime.of(2026, 4, 14, 10, 11, 12, 345_000_000));
    assertThat(rows.getObject(10, String.class)).isEqualTo("2026-04-14T10:11:12.345Z");
    assertThat(rows.getObject(4, Long.class)).isEqualTo(36L);
    assertThat(rows.getObject(4, Double.class)).isEqualTo(36.0);
    assertThat(rows.getObject(4, String.class)).isEqualTo("36");
    assertThat(rows.getObject(7, BigDecimal.class)).isEqualTo(new BigDecimal("1.1"));
    assertThat(rows.getObject(5, Long.class)).isEqualTo(9_000_000_000L);
    assertThat((Object) rows.getObject(11, List.class)).isEqualTo(Arrays.asList("math", null, "poetry"));
    assertThat(rows.getObject(13, float[].class)).containsExactly(0.5f, -1f);
    assertThat(rows.getObject(9, Instant.class)).isEqualTo(Instant.parse("1815-12-10T00:00:00Z"));
    assertThat(rows.getObject(1, Object.class)).isEqualTo("Ada");
  }

  @Test
  void readsNullsAsNullFalseOrZeroAndReportsWasNull() throws SQLException {
    rows.next();
    rows.next();

    assertThat(rows.getString(3)).isNull();
    assertThat(rows.wasNull()).isTrue();
    assertThat(rows.getBoolean(3)).isFalse();
    assertThat(rows.getInt(4)).isZero();
    assertThat(rows.getLong(5)).isZero();
    assertThat(rows.getFloat(7)).isZero();
    assertThat(rows.getDouble(8)).isZero();
    assertThat(rows.getBigDecimal(8)).isNull();
    assertThat(rows.getDate(9)).isNull();
    assertThat(rows.getTimestamp(10)).isNull();
    assertThat(rows.getArray(11)).isNull();
    assertThat(rows.getObject(13)).isNull();
    assertThat(rows.getObject(4, Integer.class)).isNull();
    assertThat(rows.wasNull()).isTrue();
    assertThat(rows.getString(1)).isEqualTo("Bob");
    assertThat(rows.wasNull()).isFalse();
  }

  @Test
  void rendersListsVectorsAndDateTimesAsText() throws SQLException {
    rows.next();

    assertThat(rows.getString(10)).isEqualTo("2026-04-14T10:11:12.345Z");
    assertThat(rows.getString(11)).isEqualTo("[\"math\",null,\"poetry\"]");
    assertThat(rows.getString(12)).isEqualTo("[\"2026-01-02\"]");
    assertThat(rows.getString(13)).isEqualTo("[0.5,-1.0]");
  }

  @Test
  void convertsBetweenNumbersBooleansAndStrings() throws SQLException {
    ResultSet text = Results.resultSet(Results.strings("42", "true", "x"));
    text.next();
    assertThat(text.getInt(1)).isEqualTo(42);
    assertThat(text.getDouble(1)).isEqualTo(42.0);
    text.next();
    assertThat(text.getBoolean(1)).isTrue();
    text.next();
    assertThatThrownBy(() -> text.getInt(1))
        .isInstanceOfSatisfying(SQLDataException.class, e -> assertThat(e.getSQLState()).isEqualTo("22018"))
        .hasMessage("column name: cannot read 'x' as int");

    rows.next();
    assertThat(rows.getInt(3)).isEqualTo(1);
    assertThat(rows.getBoolean(4)).isTrue();
    assertThat(rows.getInt(8)).isEqualTo(2);
    assertThat(rows.getShort(4)).isEqualTo((short) 36);
  }

  @Test
  void rejectsNumbersOutOfTheTargetRange() throws SQLException {
    rows.next();

    assertThatThrownBy(() -> rows.getInt(5))
        .isInstanceOfSatisfying(SQLDataException.class, e -> assertThat(e.getSQLState()).isEqualTo("22003"))
        .hasMessage("column p.visits: 9000000000 is out of the int range");
    assertThatThrownBy(() -> rows.getByte(5)).isInstanceOf(SQLDataException.class);
  }

  @Test
  void rejectsConversionsBetweenUnrelatedFamilies() throws SQLException {
    rows.next();

    assertThatThrownBy(() -> rows.getDate(4)).isInstanceOf(SQLDataException.class).hasMessageContaining("as date");
    assertThatThrownBy(() -> rows.getArray(1)).isInstanceOf(SQLDataException.class).hasMessageContaining("as Array");
    assertThatThrownBy(() -> rows.getObject(1, java.util.UUID.class))
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessage("getObject(p.name, java.util.UUID)");
  }

  @Test
  void placesDatesAtMidnightInTheCalendarZone() throws SQLException {
    rows.next();
    Calendar plusNine = Calendar.getInstance(TimeZone.getTimeZone("GMT+09:00"));

    assertThat(rows.getDate(9, plusNine).getTime())
        .isEqualTo(Instant.parse("1815-12-09T15:00:00Z").toEpochMilli());
    assertThat(rows.getTimestamp(10, plusNine)).isEqualTo(Timestamp.from(Results.SEEN));
  }

  @Test
  void findsColumnsByLabelIgnoringCase() throws SQLException {
    rows.next();

    assertThat(rows.findColumn("P.Name")).isEqualTo(1);
    assertThat(rows.getString("p.NAME")).isEqualTo("Ada");
    assertThat(rows.getInt("p.age")).isEqualTo(36);
    assertThat(rows.getObject("p.born", LocalDate.class)).isEqualTo(Results.BORN);
  }

  @Test
  void unknownLabelNamesTheColumns() {
    ResultSet names = Results.resultSet(Results.strings("Ada"));

    assertThatThrownBy(() -> names.findColumn("age"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42703"))
        .hasMessage("no column labelled 'age'; the columns are name");
  }

  @Test
  void columnNumbersOutsideTheResultFail() throws SQLException {
    rows.next();

    assertThatThrownBy(() -> rows.getString(0)).hasMessage("column 0 is out of range 1..14");
    assertThatThrownBy(() -> rows.getString(15))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"));
  }

  @Test
  void readingOffARowFails() throws SQLException {
    assertThatThrownBy(() -> rows.getString(1))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("24000"))
        .hasMessage("not on a row: call next() first");
    rows.next();
    rows.next();
    rows.next();
    assertThatThrownBy(() -> rows.getString(1)).hasMessage("not on a row: past the last row");
  }

  @Test
  void everyUseAfterCloseFails() throws SQLException {
    rows.close();
    rows.close();

    assertThat(rows.isClosed()).isTrue();
    assertThatThrownBy(rows::next).hasMessage("result set is closed");
    assertThatThrownBy(() -> rows.getString(1)).hasMessage("result set is closed");
    assertThatThrownBy(rows::getMetaData).hasMessage("result set is closed");
    assertThatThrownBy(() -> rows.findColumn("p.name")).hasMessage("result set is closed");
  }

  @Test
  void maxRowsCutsTheRows() throws SQLException {
    ResultSet limited = new OmniGraphResultSet(null, dev.omnigraph.engine.ResultCursor.of(Results.strings("a", "b", "c")), 2);

    assertThat(limited.next()).isTrue();
    assertThat(limited.next()).isTrue();
    assertThat(limited.isLast()).isTrue();
    assertThat(limited.next()).isFalse();
  }

  @Test
  void bytesAreReadOnlyFromBlobs() throws SQLException {
    rows.next();
    assertThatThrownBy(() -> rows.getBytes(1))
        .isInstanceOfSatisfying(SQLDataException.class, e -> assertThat(e.getSQLState()).isEqualTo("22018"))
        .hasMessage("column p.name holds String, not bytes");
  }

  @Test
  void refusesUnsupportedMethodsNamingThem() throws SQLException {
    rows.next();

    assertThatThrownBy(() -> rows.getClob(1))
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessage("getClob");
    assertThatThrownBy(() -> rows.updateString(1, "x"))
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessage("updateString");
    assertThatThrownBy(rows::previous).isInstanceOf(SQLFeatureNotSupportedException.class).hasMessage("previous");
    assertThatThrownBy(() -> rows.getTime(10)).isInstanceOf(SQLFeatureNotSupportedException.class);
  }

  @Test
  void describesItselfAsForwardOnlyAndReadOnly() throws SQLException {
    assertThat(rows.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
    assertThat(rows.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
    assertThat(rows.getFetchDirection()).isEqualTo(ResultSet.FETCH_FORWARD);
    assertThat(rows.getStatement()).isNull();
    assertThat(rows.unwrap(OmniGraphResultSet.class)).isSameAs(rows);
    assertThat(rows.isWrapperFor(ResultSet.class)).isTrue();
    assertThatThrownBy(() -> rows.unwrap(String.class)).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> rows.setFetchDirection(ResultSet.FETCH_REVERSE)).isInstanceOf(SQLException.class);
  }
}
