package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * Reads values a client sent (parameter batches, ingested rows) as the JSON-shaped values the
 * engine coerces ({@code gq-language.md} §10.4, {@code pg-schema.md} §7.2): strings as String;
 * integers as Long; floats and decimals as Double; booleans as Boolean; {@code date32}/
 * {@code date64} as {@code YYYY-MM-DD}; timestamps as an ISO-8601 instant (a timestamp without a
 * zone is read as UTC); binary as {@code base64:<data>}; lists and fixed-size lists as Lists; nulls
 * as null. Stateless.
 */
public final class InputValues {
  private InputValues() {}

  /**
   * The value at {@code index}.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} for an Arrow type none of these covers
   *     (structs, maps, unions, intervals, ...), naming the column
   */
  public static Object value(FieldVector vector, int index) {
    if (vector.isNull(index)) {
      return null;
    }
    ArrowType type = vector.getField().getType();
    Object raw = vector.getObject(index);
    return switch (type.getTypeID()) {
      case Utf8, LargeUtf8 -> raw.toString();
      case Int -> raw instanceof Character c ? (long) c : ((Number) raw).longValue();
      case FloatingPoint -> ((Number) raw).doubleValue();
      case Decimal -> ((BigDecimal) raw).doubleValue();
      case Bool -> raw;
      case Date -> vector instanceof DateDayVector days ? LocalDate.ofEpochDay(days.get(index)).toString()
          : ((LocalDateTime) raw).toLocalDate().toString();
      case Timestamp -> instant((TimeStampVector) vector, index, (ArrowType.Timestamp) type).toString();
      case List, LargeList -> list(((ListVector) vector).getDataVector(), ((ListVector) vector).getElementStartIndex(index),
          ((ListVector) vector).getElementEndIndex(index));
      case FixedSizeList -> {
        FixedSizeListVector fixed = (FixedSizeListVector) vector;
        int size = fixed.getListSize();
        yield list(fixed.getDataVector(), index * size, index * size + size);
      }
      case Binary, LargeBinary -> "base64:" + Base64.getEncoder().encodeToString((byte[]) raw);
      case Null -> null;
      default -> throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "column '" + vector.getName()
          + "' has Arrow type " + type + ", which no OmniGraph type accepts (send strings, integers, floats, booleans, dates,"
          + " timestamps, binary or lists)");
    };
  }

  private static List<Object> list(FieldVector data, int start, int end) {
    List<Object> items = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      items.add(value(data, i));
    }
    return items;
  }

  private static Instant instant(TimeStampVector vector, int index, ArrowType.Timestamp type) {
    long value = vector.get(index);
    TimeUnit unit = type.getUnit();
    return switch (unit) {
      case SECOND -> Instant.ofEpochSecond(value);
      case MILLISECOND -> Instant.ofEpochMilli(value);
      case MICROSECOND -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000);
      case NANOSECOND -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
    };
  }
}
