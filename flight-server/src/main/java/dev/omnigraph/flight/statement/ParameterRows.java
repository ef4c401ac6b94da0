package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.ParamDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Turns a parameter batch ({@code DoPut} of a prepared statement, Flight SQL) into one map of
 * parameter values per row, ready for the engine's JSON-shaped coercion ({@code gq-language.md}
 * §10.4).
 *
 * <p>Columns bind by name when the batch's column names are exactly the open parameters' names
 * (in any order, with or without {@code $}); otherwise by position, the i-th column binding the
 * i-th open parameter, which is what ADBC and the Flight SQL JDBC driver send. Values are read
 * as {@link InputValues} says. Stateless.
 */
public final class ParameterRows {
  private ParameterRows() {}

  /**
   * The rows of {@code batch} as values by parameter name.
   *
   * @throws OmniGraphException {@code INVALID_PARAMETER} when the column count differs from
   *     {@code parameters}' size, or a column has a type that no parameter type accepts, naming
   *     the expected parameters
   */
  public static List<Map<String, Object>> rows(VectorSchemaRoot batch, List<ParamDecl> parameters) {
    List<FieldVector> columns = batch.getFieldVectors();
    if (columns.size() != parameters.size()) {
      throw new OmniGraphException(ErrorCode.INVALID_PARAMETER, "the parameter batch has " + columns.size()
          + " column(s) but the statement takes " + parameters.size() + " parameter(s): " + describe(parameters));
    }
    List<String> names = byNameOrPosition(columns, parameters);
    List<Map<String, Object>> rows = new ArrayList<>(batch.getRowCount());
    for (int r = 0; r < batch.getRowCount(); r++) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        row.put(names.get(c), InputValues.value(columns.get(c), r));
      }
      rows.add(row);
    }
    return rows;
  }

  /** {@code $name: Type, ...} for messages. */
  public static String describe(List<ParamDecl> parameters) {
    return parameters.isEmpty() ? "none" : String.join(", ", parameters.stream().map(p -> "$" + p.name() + ": " + p.type()).toList());
  }

  private static List<String> byNameOrPosition(List<FieldVector> columns, List<ParamDecl> parameters) {
    Set<String> declared = new HashSet<>();
    parameters.forEach(p -> declared.add(p.name()));
    List<String> named = new ArrayList<>();
    for (FieldVector column : columns) {
      String name = column.getName().startsWith("$") ? column.getName().substring(1) : column.getName();
      named.add(name);
    }
    if (new HashSet<>(named).equals(declared) && named.size() == declared.size()) {
      return named;
    }
    return parameters.stream().map(ParamDecl::name).toList();
  }
}
