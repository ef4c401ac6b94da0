package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.compiler.value.ValueCoercion;
import dev.omnigraph.engine.exec.LanceComparison;
import dev.omnigraph.engine.exec.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A condition on one stored column of a table, which {@link BaseTables} pushes to Lance when Lance
 * answers it exactly and always evaluates itself on the rows it returns. Comparisons follow the
 * read path ({@link Values}, {@code gq-language.md} §5.3 and §9.1): a null on either side matches
 * nothing; list and vector columns support only {@code =} and {@code !=}.
 */
public sealed interface RowFilter {

  /** The stored column the filter tests ({@code id}, {@code src}, {@code dst} or a property). */
  String column();

  /** The test of full stored rows of {@code type}: true when the row passes. */
  Predicate<Object[]> predicate(GraphType type);

  /** The Lance SQL of the filter, or null when Lance would not answer it exactly. */
  String lanceSql(GraphType type);

  /** {@code column op value} with {@code op} one of {@code = != < <= > >=}. */
  record Compare(String column, String op, Object value) implements RowFilter {
    @Override
    public Predicate<Object[]> predicate(GraphType type) {
      int index = TableColumns.indexOf(type, column);
      PropType columnType = TableColumns.types(type).get(index);
      boolean structured = columnType.list() || columnType.scalar() == ScalarType.VECTOR;
      return row -> {
        Object stored = row[index];
        if (stored == null || value == null) {
          return false;
        }
        return structured ? structuredEquality(columnType, stored) : compare(stored);
      };
    }

    private boolean compare(Object stored) {
      return switch (op) {
        case "=" -> Values.equal(stored, value);
        case "!=" -> !Values.equal(stored, value);
        case "<" -> Values.compare(stored, value) < 0;
        case "<=" -> Values.compare(stored, value) <= 0;
        case ">" -> Values.compare(stored, value) > 0;
        case ">=" -> Values.compare(stored, value) >= 0;
        default -> throw new IllegalArgumentException("unknown comparison " + op);
      };
    }

    private boolean structuredEquality(PropType columnType, Object stored) {
      if (!op.equals("=") && !op.equals("!=")) {
        throw new IllegalArgumentException("list and vector values support only = and !=, not " + op);
      }
      Object expected = ValueCoercion.coerce(value, columnType);
      boolean equal = expected instanceof float[] f ? Arrays.equals(f, (float[]) stored) : expected.equals(stored);
      return op.equals("=") == equal;
    }

    @Override
    public String lanceSql(GraphType type) {
      int index = TableColumns.indexOf(type, column);
      return LanceComparison.render(column, TableColumns.types(type).get(index), op, value);
    }
  }

  /** {@code column IN (values)}; values are of the column's Java class. */
  record In(String column, Set<?> values) implements RowFilter {
    public In {
      values = Set.copyOf(values);
    }

    @Override
    public Predicate<Object[]> predicate(GraphType type) {
      int index = TableColumns.indexOf(type, column);
      return row -> row[index] != null && values.contains(row[index]);
    }

    @Override
    public String lanceSql(GraphType type) {
      if (values.isEmpty()) {
        return null;
      }
      PropType columnType = TableColumns.types(type).get(TableColumns.indexOf(type, column));
      List<String> literals = new ArrayList<>(values.size());
      for (Object value : values) {
        String literal = LanceComparison.literal(columnType, value);
        if (literal == null) {
          return null;
        }
        literals.add(literal);
      }
      return LanceComparison.quote(column) + " IN (" + String.join(", ", literals) + ")";
    }
  }
}
