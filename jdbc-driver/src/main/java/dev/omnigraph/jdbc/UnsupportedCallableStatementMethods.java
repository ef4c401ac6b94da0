package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlErrors.unsupported;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * The {@link java.sql.PreparedStatement} and {@link CallableStatement} methods this version
 * refuses, each throwing {@link java.sql.SQLFeatureNotSupportedException} whose message is the
 * method's name: batches; out parameters and their
 * getters (a stored query returns rows, not values); parameters set by name (bind by position);
 * and values with no JSON shape or needing a calendar: streams, LOBs, bytes, refs, row ids, XML,
 * URLs, times of day.
 */
abstract class UnsupportedCallableStatementMethods extends StatementBase implements CallableStatement {

  /** @param connection the open connection whose graph the statement queries */
  UnsupportedCallableStatementMethods(OmniGraphConnection connection) {
    super(connection);
  }

  // Batches: each execution runs one statement.
  @Override
  public void addBatch() throws SQLException { throw unsupported("addBatch"); }

  // Out parameters: a stored query returns rows, not values.
  @Override
  public Array getArray(String parameterName) throws SQLException { throw unsupported("getArray"); }
  @Override
  public Array getArray(int parameterIndex) throws SQLException { throw unsupported("getArray"); }
  @Override
  public BigDecimal getBigDecimal(String parameterName) throws SQLException { throw unsupported("getBigDecimal"); }
  @Override
  public BigDecimal getBigDecimal(int parameterIndex, int scale) throws SQLException { throw unsupported("getBigDecimal"); }
  @Override
  public BigDecimal getBigDecimal(int parameterIndex) throws SQLException { throw unsupported("getBigDecimal"); }
  @Override
  public Blob getBlob(String parameterName) throws SQLException { throw unsupported("getBlob"); }
  @Override
  public Blob getBlob(int parameterIndex) throws SQLException { throw unsupported("getBlob"); }
  @Override
  public boolean getBoolean(String parameterName) throws SQLException { throw unsupported("getBoolean"); }
  @Override
  public boolean getBoolean(int parameterIndex) throws SQLException { throw unsupported("getBoolean"); }
  @Override
  public byte getByte(String parameterName) throws SQLException { throw unsupported("getByte"); }
  @Override
  public byte getByte(int parameterIndex) throws SQLException { throw unsupported("getByte"); }
  @Override
  public byte[] getBytes(String parameterName) throws SQLException { throw unsupported("getBytes"); }
  @Override
  public byte[] getBytes(int parameterIndex) throws SQLException { throw unsupported("getBytes"); }
  @Override
  public Reader getCharacterStream(String parameterName) throws SQLException { throw unsupported("getCharacterStream"); }
  @Override
  public Reader getCharacterStream(int parameterIndex) throws SQLException { throw unsupported("getCharacterStream"); }
  @Override
  public Clob getClob(String parameterName) throws SQLException { throw unsupported("getClob"); }
  @Override
  public Clob getClob(int parameterIndex) throws SQLException { throw unsupported("getClob"); }
  @Override
  public Date getDate(String parameterName, Calendar calendar) throws SQLException { throw unsupported("getDate"); }
  @Override
  public Date getDate(String parameterName) throws SQLException { throw unsupported("getDate"); }
  @Override
  public Date getDate(int parameterIndex, Calendar calendar) throws SQLException { throw unsupported("getDate"); }
  @Override
  public Date getDate(int parameterIndex) throws SQLException { throw unsupported("getDate"); }
  @Override
  public double getDouble(String parameterName) throws SQLException { throw unsupported("getDouble"); }
  @Override
  public double getDouble(int parameterIndex) throws SQLException { throw unsupported("getDouble"); }
  @Override
  public float getFloat(String parameterName) throws SQLException { throw unsupported("getFloat"); }
  @Override
  public float getFloat(int parameterIndex) throws SQLException { throw unsupported("getFloat"); }
  @Override
  public int getInt(String parameterName) throws SQLException { throw unsupported("getInt"); }
  @Override
  public int getInt(int parameterIndex) throws SQLException { throw unsupported("getInt"); }
  @Override
  public long getLong(String parameterName) throws SQLException { throw unsupported("getLong"); }
  @Override
  public long getLong(int parameterIndex) throws SQLException { throw unsupported("getLong"); }
  @Override
  public Reader getNCharacterStream(String parameterName) throws SQLException { throw unsupported("getNCharacterStream"); }
  @Override
  public Reader getNCharacterStream(int parameterIndex) throws SQLException { throw unsupported("getNCharacterStream"); }
  @Override
  public NClob getNClob(String parameterName) throws SQLException { throw unsupported("getNClob"); }
  @Override
  public NClob getNClob(int parameterIndex) throws SQLException { throw unsupported("getNClob"); }
  @Override
  public String getNString(String parameterName) throws SQLException { throw unsupported("getNString"); }
  @Override
  public String getNString(int parameterIndex) throws SQLException { throw unsupported("getNString"); }
  @Override
  public <T> T getObject(String parameterName, Class<T> type) throws SQLException { throw unsupported("getObject"); }
  @Override
  public Object getObject(String parameterName, Map<String, Class<?>> map) throws SQLException { throw unsupported("getObject"); }
  @Override
  public Object getObject(String parameterName) throws SQLException { throw unsupported("getObject"); }
  @Override
  public <T> T getObject(int parameterIndex, Class<T> type) throws SQLException { throw unsupported("getObject"); }
  @Override
  public Object getObject(int parameterIndex, Map<String, Class<?>> map) throws SQLException { throw unsupported("getObject"); }
  @Override
  public Object getObject(int parameterIndex) throws SQLException { throw unsupported("getObject"); }
  @Override
  public Ref getRef(String parameterName) throws SQLException { throw unsupported("getRef"); }
  @Override
  public Ref getRef(int parameterIndex) throws SQLException { throw unsupported("getRef"); }
  @Override
  public RowId getRowId(String parameterName) throws SQLException { throw unsupported("getRowId"); }
  @Override
  public RowId getRowId(int parameterIndex) throws SQLException { throw unsupported("getRowId"); }
  @Override
  public SQLXML getSQLXML(String parameterName) throws SQLException { throw unsupported("getSQLXML"); }
  @Override
  public SQLXML getSQLXML(int parameterIndex) throws SQLException { throw unsupported("getSQLXML"); }
  @Override
  public short getShort(String parameterName) throws SQLException { throw unsupported("getShort"); }
  @Override
  public short getShort(int parameterIndex) throws SQLException { throw unsupported("getShort"); }
  @Override
  public String getString(String parameterName) throws SQLException { throw unsupported("getString"); }
  @Override
  public String getString(int parameterIndex) throws SQLException { throw unsupported("getString"); }
  @Override
  public Time getTime(String parameterName, Calendar calendar) throws SQLException { throw unsupported("getTime"); }
  @Override
  public Time getTime(String parameterName) throws SQLException { throw unsupported("getTime"); }
  @Override
  public Time getTime(int parameterIndex, Calendar calendar) throws SQLException { throw unsupported("getTime"); }
  @Override
  public Time getTime(int parameterIndex) throws SQLException { throw unsupported("getTime"); }
  @Override
  public Timestamp getTimestamp(String parameterName, Calendar calendar) throws SQLException { throw unsupported("getTimestamp"); }
  @Override
  public Timestamp getTimestamp(String parameterName) throws SQLException { throw unsupported("getTimestamp"); }
  @Override
  public Timestamp getTimestamp(int parameterIndex, Calendar calendar) throws SQLException { throw unsupported("getTimestamp"); }
  @Override
  public Timestamp getTimestamp(int parameterIndex) throws SQLException { throw unsupported("getTimestamp"); }
  @Override
  public URL getURL(String parameterName) throws SQLException { throw unsupported("getURL"); }
  @Override
  public URL getURL(int parameterIndex) throws SQLException { throw unsupported("getURL"); }
  @Override
  public void registerOutParameter(String parameterName, int sqlType, String typeName) throws SQLException { throw unsupported("registerOutParameter"); }
  @Override
  public void registerOutParameter(String parameterName, int sqlType, int scale) throws SQLException { throw unsupported("registerOutParameter"); }
  @Override
  public void registerOutParameter(String parameterName, int sqlType) throws SQLException { throw unsupported("registerOutParameter"); }
  @Override
  public void registerOutParameter(int parameterIndex, int sqlType, String typeName) throws SQLException { throw unsupported("registerOutParameter"); }
  @Override
  public void registerOutParameter(int parameterIndex, int sqlType, int scale) throws SQLException { throw unsupported("registerOutParameter"); }
  @Override
  public void registerOutParameter(int parameterIndex, int sqlType) throws SQLException { throw unsupported("registerOutParameter"); }
  @Override
  public boolean wasNull() throws SQLException { throw unsupported("wasNull"); }

  // Parameters set by name: bind by position.
  @Override
  public void setAsciiStream(String parameterName, InputStream stream, int length) throws SQLException { throw unsupported("setAsciiStream"); }
  @Override
  public void setAsciiStream(String parameterName, InputStream stream, long length) throws SQLException { throw unsupported("setAsciiStream"); }
  @Override
  public void setAsciiStream(String parameterName, InputStream stream) throws SQLException { throw unsupported("setAsciiStream"); }
  @Override
  public void setBigDecimal(String parameterName, BigDecimal value) throws SQLException { throw unsupported("setBigDecimal"); }
  @Override
  public void setBinaryStream(String parameterName, InputStream stream, int length) throws SQLException { throw unsupported("setBinaryStream"); }
  @Override
  public void setBinaryStream(String parameterName, InputStream stream, long length) throws SQLException { throw unsupported("setBinaryStream"); }
  @Override
  public void setBinaryStream(String parameterName, InputStream stream) throws SQLException { throw unsupported("setBinaryStream"); }
  @Override
  public void setBlob(String parameterName, InputStream stream, long length) throws SQLException { throw unsupported("setBlob"); }
  @Override
  public void setBlob(String parameterName, InputStream stream) throws SQLException { throw unsupported("setBlob"); }
  @Override
  public void setBlob(String parameterName, Blob value) throws SQLException { throw unsupported("setBlob"); }
  @Override
  public void setBoolean(String parameterName, boolean value) throws SQLException { throw unsupported("setBoolean"); }
  @Override
  public void setByte(String parameterName, byte value) throws SQLException { throw unsupported("setByte"); }
  @Override
  public void setBytes(String parameterName, byte[] value) throws SQLException { throw unsupported("setBytes"); }
  @Override
  public void setCharacterStream(String parameterName, Reader reader, int length) throws SQLException { throw unsupported("setCharacterStream"); }
  @Override
  public void setCharacterStream(String parameterName, Reader reader, long length) throws SQLException { throw unsupported("setCharacterStream"); }
  @Override
  public void setCharacterStream(String parameterName, Reader reader) throws SQLException { throw unsupported("setCharacterStream"); }
  @Override
  public void setClob(String parameterName, Reader reader, long length) throws SQLException { throw unsupported("setClob"); }
  @Override
  public void setClob(String parameterName, Reader reader) throws SQLException { throw unsupported("setClob"); }
  @Override
  public void setClob(String parameterName, Clob value) throws SQLException { throw unsupported("setClob"); }
  @Override
  public void setDate(String parameterName, Date value, Calendar calendar) throws SQLException { throw unsupported("setDate"); }
  @Override
  public void setDate(String parameterName, Date value) throws SQLException { throw unsupported("setDate"); }
  @Override
  public void setDouble(String parameterName, double value) throws SQLException { throw unsupported("setDouble"); }
  @Override
  public void setFloat(String parameterName, float value) throws SQLException { throw unsupported("setFloat"); }
  @Override
  public void setInt(String parameterName, int value) throws SQLException { throw unsupported("setInt"); }
  @Override
  public void setLong(String parameterName, long value) throws SQLException { throw unsupported("setLong"); }
  @Override
  public void setNCharacterStream(String parameterName, Reader reader, long length) throws SQLException { throw unsupported("setNCharacterStream"); }
  @Override
  public void setNCharacterStream(String parameterName, Reader reader) throws SQLException { throw unsupported("setNCharacterStream"); }
  @Override
  public void setNClob(String parameterName, Reader reader, long length) throws SQLException { throw unsupported("setNClob"); }
  @Override
  public void setNClob(String parameterName, Reader reader) throws SQLException { throw unsupported("setNClob"); }
  @Override
  public void setNClob(String parameterName, NClob value) throws SQLException { throw unsupported("setNClob"); }
  @Override
  public void setNString(String parameterName, String value) throws SQLException { throw unsupported("setNString"); }
  @Override
  public void setNull(String parameterName, int sqlType, String typeName) throws SQLException { throw unsupported("setNull"); }
  @Override
  public void setNull(String parameterName, int sqlType) throws SQLException { throw unsupported("setNull"); }
  @Override
  public void setObject(String parameterName, Object value, int targetSqlType, int scale) throws SQLException { throw unsupported("setObject"); }
  @Override
  public void setObject(String parameterName, Object value, int targetSqlType) throws SQLException { throw unsupported("setObject"); }
  @Override
  public void setObject(String parameterName, Object value) throws SQLException { throw unsupported("setObject"); }
  @Override
  public void setRowId(String parameterName, RowId value) throws SQLException { throw unsupported("setRowId"); }
  @Override
  public void setSQLXML(String parameterName, SQLXML value) throws SQLException { throw unsupported("setSQLXML"); }
  @Override
  public void setShort(String parameterName, short value) throws SQLException { throw unsupported("setShort"); }
  @Override
  public void setString(String parameterName, String value) throws SQLException { throw unsupported("setString"); }
  @Override
  public void setTime(String parameterName, Time value, Calendar calendar) throws SQLException { throw unsupported("setTime"); }
  @Override
  public void setTime(String parameterName, Time value) throws SQLException { throw unsupported("setTime"); }
  @Override
  public void setTimestamp(String parameterName, Timestamp value, Calendar calendar) throws SQLException { throw unsupported("setTimestamp"); }
  @Override
  public void setTimestamp(String parameterName, Timestamp value) throws SQLException { throw unsupported("setTimestamp"); }
  @Override
  public void setURL(String parameterName, URL value) throws SQLException { throw unsupported("setURL"); }

  // Values with no JSON shape, or that need a calendar.
  @Override
  public void setAsciiStream(int parameterIndex, InputStream stream, int length) throws SQLException { throw unsupported("setAsciiStream"); }
  @Override
  public void setAsciiStream(int parameterIndex, InputStream stream, long length) throws SQLException { throw unsupported("setAsciiStream"); }
  @Override
  public void setAsciiStream(int parameterIndex, InputStream stream) throws SQLException { throw unsupported("setAsciiStream"); }
  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException { throw unsupported("setCharacterStream"); }
  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException { throw unsupported("setCharacterStream"); }
  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException { throw unsupported("setCharacterStream"); }
  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException { throw unsupported("setClob"); }
  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException { throw unsupported("setClob"); }
  @Override
  public void setClob(int parameterIndex, Clob value) throws SQLException { throw unsupported("setClob"); }
  @Override
  public void setDate(int parameterIndex, Date value, Calendar calendar) throws SQLException { throw unsupported("setDate"); }
  @Override
  public void setNCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException { throw unsupported("setNCharacterStream"); }
  @Override
  public void setNCharacterStream(int parameterIndex, Reader reader) throws SQLException { throw unsupported("setNCharacterStream"); }
  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException { throw unsupported("setNClob"); }
  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException { throw unsupported("setNClob"); }
  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException { throw unsupported("setNClob"); }
  @Override
  public void setRef(int parameterIndex, Ref value) throws SQLException { throw unsupported("setRef"); }
  @Override
  public void setRowId(int parameterIndex, RowId value) throws SQLException { throw unsupported("setRowId"); }
  @Override
  public void setSQLXML(int parameterIndex, SQLXML value) throws SQLException { throw unsupported("setSQLXML"); }
  @Override
  public void setTime(int parameterIndex, Time value, Calendar calendar) throws SQLException { throw unsupported("setTime"); }
  @Override
  public void setTime(int parameterIndex, Time value) throws SQLException { throw unsupported("setTime"); }
  @Override
  public void setTimestamp(int parameterIndex, Timestamp value, Calendar calendar) throws SQLException { throw unsupported("setTimestamp"); }
  @Override
  public void setURL(int parameterIndex, URL value) throws SQLException { throw unsupported("setURL"); }
  @Override
  public void setUnicodeStream(int parameterIndex, InputStream stream, int length) throws SQLException { throw unsupported("setUnicodeStream"); }
}
