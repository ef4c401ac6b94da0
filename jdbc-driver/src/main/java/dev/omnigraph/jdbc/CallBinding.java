package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.jdbc.CallSyntax.Argument;
import dev.omnigraph.jdbc.CallSyntax.Literal;
import dev.omnigraph.jdbc.CallSyntax.Marker;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The arguments of a call matched to the declared parameters of the query it runs: argument
 * {@code i} binds the {@code i}-th declared parameter ({@code gq-language.md} §4, declaration
 * order), so a call must give exactly one argument per parameter. Builds the by-name parameter
 * map of an execution from the literals and the values bound to the markers. Immutable.
 */
final class CallBinding {
  /** SQLSTATE of a call that leaves parameters without a value. */
  static final String MISSING = "07001";
  /** SQLSTATE of an argument or parameter index with no parameter behind it. */
  static final String BAD_INDEX = "07009";

  private final String queryName;
  private final List<ParamDecl> params;
  private final List<Argument> arguments;
  private final List<ParamDecl> markerParams;

  private CallBinding(String queryName, List<ParamDecl> params, List<Argument> arguments) {
    this.queryName = queryName;
    this.params = List.copyOf(params);
    this.arguments = List.copyOf(arguments);
    List<ParamDecl> markers = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i) instanceof Marker) {
        markers.add(params.get(i));
      }
    }
    this.markerParams = List.copyOf(markers);
  }

  /**
   * Matches a parsed call to the parameters its query declares.
   *
   * @throws SQLException SQLSTATE {@link #MISSING} when the call gives fewer arguments than the
   *     query declares parameters, {@link #BAD_INDEX} when it gives more; the message names the
   *     positions
   */
  static CallBinding of(CallSyntax.Call call, List<ParamDecl> params) throws SQLException {
    int given = call.arguments().size();
    if (given < params.size()) {
      List<Integer> missing = IntStream.rangeClosed(given + 1, params.size()).boxed().toList();
      throw new SQLException(header(call, params) + "; " + positions("argument", missing) + " "
          + (missing.size() == 1 ? "is" : "are") + " missing", MISSING);
    }
    if (given > params.size()) {
      List<Integer> extra = IntStream.rangeClosed(params.size() + 1, given).boxed().toList();
      throw new SQLException(header(call, params) + "; " + positions("argument", extra) + " "
          + (extra.size() == 1 ? "has" : "have") + " no parameter", BAD_INDEX);
    }
    return new CallBinding(call.name(), params, call.arguments());
  }

  /** A binding with one marker per declared parameter, for prepared {@code .gq} text. */
  static CallBinding allMarkers(String queryName, List<ParamDecl> params) {
    List<Argument> markers = new ArrayList<>();
    for (int i = 1; i <= params.size(); i++) {
      markers.add(new Marker(i));
    }
    return new CallBinding(queryName, params, markers);
  }

  /** The number of markers, which {@code setXxx(index, ...)} numbers from 1. */
  int markerCount() {
    return markerParams.size();
  }

  /** The declared parameters the markers bind, in marker order. */
  List<ParamDecl> markerParams() {
    return markerParams;
  }

  /**
   * The parameter values of one execution by name: literals as written, markers as bound.
   *
   * @param values the marker values, {@code values[i]} for marker {@code i + 1}
   * @param set which markers were given a value
   * @throws SQLException SQLSTATE {@link #MISSING} naming the markers that were not set
   */
  Map<String, Object> params(Object[] values, boolean[] set) throws SQLException {
    List<Integer> unset = new ArrayList<>();
    for (int i = 0; i < markerParams.size(); i++) {
      if (!set[i]) {
        unset.add(i + 1);
      }
    }
    if (!unset.isEmpty()) {
      throw new SQLException(positions("parameter", unset) + " of " + queryName + " "
          + (unset.size() == 1 ? "is" : "are") + " not set (" + unset.stream()
              .map(i -> "$" + markerParams.get(i - 1).name()).collect(Collectors.joining(", ")) + ")", MISSING);
    }
    Map<String, Object> bound = new HashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      Argument argument = arguments.get(i);
      Object value = argument instanceof Marker marker ? values[marker.index() - 1] : ((Literal) argument).value();
      bound.put(params.get(i).name(), value);
    }
    return bound;
  }

  private static String header(CallSyntax.Call call, List<ParamDecl> params) {
    String declared = params.stream().map(p -> "$" + p.name() + ": " + p.type()).collect(Collectors.joining(", "));
    return "CALL " + call.name() + " gives " + count(call.arguments().size(), "argument") + " but "
        + call.name() + " declares " + count(params.size(), "parameter") + (params.isEmpty() ? "" : " (" + declared + ")");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String positions(String noun, List<Integer> positions) {
    return noun + (positions.size() == 1 ? " " : "s ")
        + positions.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
