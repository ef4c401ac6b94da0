package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * The parameter markers of an {@link OmniGraphCallableStatement}, numbered from 1, typed by the
 * declared parameters they bind ({@code $name: Type}): the {@link java.sql.Types} code, type
 * name, class, precision and sign come from {@link JdbcTypes} (the class is the one a getter
 * returns for that type, which {@code setObject} also accepts); a {@code T?} parameter is
 * {@link #parameterNullable}, any other {@link #parameterNoNulls}; every marker is an
 * {@link #parameterModeIn} parameter. An index out of range throws SQLSTATE {@code 07009}.
 * Immutable and thread-safe.
 */
public final class OmniGraphParameterMetaData implements ParameterMetaData {
  private final List<ParamDecl> params;

  /** @param params the declared parameter each marker binds, in marker order */
  OmniGraphParameterMetaData(List<ParamDecl> params) {
    this.params = List.copyOf(params);
  }

  @Override
  public int getParameterCount() {
    return params.size();
  }

  /** The declared name without {@code $}, e.g. {@code name}; an extension of this driver. */
  public String getParameterName(int param) throws SQLException {
    return param(param).name();
  }

  @Override
  public int isNullable(int param) throws SQLException {
    return type(param).nullable() ? parameterNullable : parameterNoNulls;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    return JdbcTypes.isSigned(type(param));
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    return JdbcTypes.precision(type(param));
  }

  /** Always 0: OmniGraph has no decimal type. */
  @Override
  public int getScale(int param) throws SQLException {
    param(param);
    return 0;
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    return JdbcTypes.sqlType(type(param));
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    return JdbcTypes.typeName(type(param));
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    return JdbcTypes.javaClass(type(param)).getName();
  }

  /** Always {@link #parameterModeIn}: stored queries take values and return rows. */
  @Override
  public int getParameterMode(int param) throws SQLException {
    param(param);
    return parameterModeIn;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return JdbcWrappers.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  private ParamDecl param(int param) throws SQLException {
    if (param < 1 || param > params.size()) {
      throw new SQLException("parameter " + param + " is out of range 1.." + params.size(), CallBinding.BAD_INDEX);
    }
    return params.get(param - 1);
  }

  private PropType type(int param) throws SQLException {
    return param(param).type();
  }
}
