package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlErrors.unsupported;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * The {@link ResultSet} methods a forward-only, read-only result set of this version refuses,
 * each throwing {@link java.sql.SQLFeatureNotSupportedException} whose message is the method's
 * name: scrolling, every update and row change, and the getters of values OmniGraph results do
 * not hold (character streams, CLOBs, times of day, refs, row ids, XML, URLs).
 *
 * <p>Over 300 lines because the interface has 132 such methods; they are one-line refusals kept
 * apart so {@link OmniGraphResultSet} holds behaviour only.
 */
abstract class UnsupportedResultSetMethods implements ResultSet {

  // Scrolling: the result set is TYPE_FORWARD_ONLY.
  @Override
  public boolean absolute(int row) throws SQLException { throw unsupported("absolute"); }
  @Override
  public void afterLast() throws SQLException { throw unsupported("afterLast"); }
  @Override
  public void beforeFirst() throws SQLException { throw unsupported("beforeFirst"); }
  @Override
  public boolean first() throws SQLException { throw unsupported("first"); }
  @Override
  public boolean last() throws SQLException { throw unsupported("last"); }
  @Override
  public boolean previous() throws SQLException { throw unsupported("previous"); }
  @Override
  public boolean relative(int rows) throws SQLException { throw unsupported("relative"); }

  // Getters of values OmniGraph results do not hold.
  @Override
  public InputStream getAsciiStream(int column) throws SQLException { throw unsupported("getAsciiStream"); }
  @Override
  public InputStream getAsciiStream(String label) throws SQLException { throw unsupported("getAsciiStream"); }
  @Deprecated
  @Override
  public BigDecimal getBigDecimal(int column, int scale) throws SQLException { throw unsupported("getBigDecimal"); }
  @Deprecated
  @Override
  public BigDecimal getBigDecimal(String label, int scale) throws SQLException { throw unsupported("getBigDecimal"); }
  @Override
  public Reader getCharacterStream(int column) throws SQLException { throw unsupported("getCharacterStream"); }
  @Override
  public Reader getCharacterStream(String label) throws SQLException { throw unsupported("getCharacterStream"); }
  @Override
  public Clob getClob(int column) throws SQLException { throw unsupported("getClob"); }
  @Override
  public Clob getClob(String label) throws SQLException { throw unsupported("getClob"); }
  @Override
  public String getCursorName() throws SQLException { throw unsupported("getCursorName"); }
  @Override
  public Reader getNCharacterStream(int column) throws SQLException { throw unsupported("getNCharacterStream"); }
  @Override
  public Reader getNCharacterStream(String label) throws SQLException { throw unsupported("getNCharacterStream"); }
  @Override
  public NClob getNClob(int column) throws SQLException { throw unsupported("getNClob"); }
  @Override
  public NClob getNClob(String label) throws SQLException { throw unsupported("getNClob"); }
  @Override
  public Ref getRef(int column) throws SQLException { throw unsupported("getRef"); }
  @Override
  public Ref getRef(String label) throws SQLException { throw unsupported("getRef"); }
  @Override
  public RowId getRowId(int column) throws SQLException { throw unsupported("getRowId"); }
  @Override
  public RowId getRowId(String label) throws SQLException { throw unsupported("getRowId"); }
  @Override
  public SQLXML getSQLXML(int column) throws SQLException { throw unsupported("getSQLXML"); }
  @Override
  public SQLXML getSQLXML(String label) throws SQLException { throw unsupported("getSQLXML"); }
  @Override
  public Time getTime(int column) throws SQLException { throw unsupported("getTime"); }
  @Override
  public Time getTime(int column, Calendar calendar) throws SQLException { throw unsupported("getTime"); }
  @Override
  public Time getTime(String label) throws SQLException { throw unsupported("getTime"); }
  @Override
  public Time getTime(String label, Calendar calendar) throws SQLException { throw unsupported("getTime"); }
  @Override
  public URL getURL(int column) throws SQLException { throw unsupported("getURL"); }
  @Override
  public URL getURL(String label) throws SQLException { throw unsupported("getURL"); }
  @Deprecated
  @Override
  public InputStream getUnicodeStream(int column) throws SQLException { throw unsupported("getUnicodeStream"); }
  @Deprecated
  @Override
  public InputStream getUnicodeStream(String label) throws SQLException { throw unsupported("getUnicodeStream"); }

  // Changes: the result set is CONCUR_READ_ONLY.
  @Override
  public void cancelRowUpdates() throws SQLException { throw unsupported("cancelRowUpdates"); }
  @Override
  public void deleteRow() throws SQLException { throw unsupported("deleteRow"); }
  @Override
  public void insertRow() throws SQLException { throw unsupported("insertRow"); }
  @Override
  public void moveToCurrentRow() throws SQLException { throw unsupported("moveToCurrentRow"); }
  @Override
  public void moveToInsertRow() throws SQLException { throw unsupported("moveToInsertRow"); }
  @Override
  public void refreshRow() throws SQLException { throw unsupported("refreshRow"); }
  @Override
  public boolean rowDeleted() throws SQLException { throw unsupported("rowDeleted"); }
  @Override
  public boolean rowInserted() throws SQLException { throw unsupported("rowInserted"); }
  @Override
  public boolean rowUpdated() throws SQLException { throw unsupported("rowUpdated"); }
  @Override
  public void updateArray(int column, Array value) throws SQLException { throw unsupported("updateArray"); }
  @Override
  public void updateArray(String label, Array value) throws SQLException { throw unsupported("updateArray"); }
  @Override
  public void updateAsciiStream(int column, InputStream stream) throws SQLException { throw unsupported("updateAsciiStream"); }
  @Override
  public void updateAsciiStream(int column, InputStream stream, int length) throws SQLException { throw unsupported("updateAsciiStream"); }
  @Override
  public void updateAsciiStream(int column, InputStream stream, long length) throws SQLException { throw unsupported("updateAsciiStream"); }
  @Override
  public void updateAsciiStream(String label, InputStream stream) throws SQLException { throw unsupported("updateAsciiStream"); }
  @Override
  public void updateAsciiStream(String label, InputStream stream, int length) throws SQLException { throw unsupported("updateAsciiStream"); }
  @Override
  public void updateAsciiStream(String label, InputStream stream, long length) throws SQLException { throw unsupported("updateAsciiStream"); }
  @Override
  public void updateBigDecimal(int column, BigDecimal value) throws SQLException { throw unsupported("updateBigDecimal"); }
  @Override
  public void updateBigDecimal(String label, BigDecimal value) throws SQLException { throw unsupported("updateBigDecimal"); }
  @Override
  public void updateBinaryStream(int column, InputStream stream) throws SQLException { throw unsupported("updateBinaryStream"); }
  @Override
  public void updateBinaryStream(int column, InputStream stream, int length) throws SQLException { throw unsupported("updateBinaryStream"); }
  @Override
  public void updateBinaryStream(int column, InputStream stream, long length) throws SQLException { throw unsupported("updateBinaryStream"); }
  @Override
  public void updateBinaryStream(String label, InputStream stream) throws SQLException { throw unsupported("updateBinaryStream"); }
  @Override
  public void updateBinaryStream(String label, InputStream stream, int length) throws SQLException { throw unsupported("updateBinaryStream"); }
  @Override
  public void updateBinaryStream(String label, InputStream stream, long length) throws SQLException { throw unsupported("updateBinaryStream"); }
  @Override
  public void updateBlob(int column, InputStream stream) throws SQLException { throw unsupported("updateBlob"); }
  @Override
  public void updateBlob(int column, InputStream stream, long length) throws SQLException { throw unsupported("updateBlob"); }
  @Override
  public void updateBlob(int column, Blob value) throws SQLException { throw unsupported("updateBlob"); }
  @Override
  public void updateBlob(String label, InputStream stream) throws SQLException { throw unsupported("updateBlob"); }
  @Override
  public void updateBlob(String label, InputStream stream, long length) throws SQLException { throw unsupported("updateBlob"); }
  @Override
  public void updateBlob(String label, Blob value) throws SQLException { throw unsupported("updateBlob"); }
  @Override
  public void updateBoolean(int column, boolean value) throws SQLException { throw unsupported("updateBoolean"); }
  @Override
  public void updateBoolean(String label, boolean value) throws SQLException { throw unsupported("updateBoolean"); }
  @Override
  public void updateByte(int column, byte value) throws SQLException { throw unsupported("updateByte"); }
  @Override
  public void updateByte(String label, byte value) throws SQLException { throw unsupported("updateByte"); }
  @Override
  public void updateBytes(int column, byte[] value) throws SQLException { throw unsupported("updateBytes"); }
  @Override
  public void updateBytes(String label, byte[] value) throws SQLException { throw unsupported("updateBytes"); }
  @Override
  public void updateCharacterStream(int column, Reader reader) throws SQLException { throw unsupported("updateCharacterStream"); }
  @Override
  public void updateCharacterStream(int column, Reader reader, int length) throws SQLException { throw unsupported("updateCharacterStream"); }
  @Override
  public void updateCharacterStream(int column, Reader reader, long length) throws SQLException { throw unsupported("updateCharacterStream"); }
  @Override
  public void updateCharacterStream(String label, Reader reader) throws SQLException { throw unsupported("updateCharacterStream"); }
  @Override
  public void updateCharacterStream(String label, Reader reader, int length) throws SQLException { throw unsupported("updateCharacterStream"); }
  @Override
  public void updateCharacterStream(String label, Reader reader, long length) throws SQLException { throw unsupported("updateCharacterStream"); }
  @Override
  public void updateClob(int column, Reader reader) throws SQLException { throw unsupported("updateClob"); }
  @Override
  public void updateClob(int column, Reader reader, long length) throws SQLException { throw unsupported("updateClob"); }
  @Override
  public void updateClob(int column, Clob value) throws SQLException { throw unsupported("updateClob"); }
  @Override
  public void updateClob(String label, Reader reader) throws SQLException { throw unsupported("updateClob"); }
  @Override
  public void updateClob(String label, Reader reader, long length) throws SQLException { throw unsupported("updateClob"); }
  @Override
  public void updateClob(String label, Clob value) throws SQLException { throw unsupported("updateClob"); }
  @Override
  public void updateDate(int column, Date value) throws SQLException { throw unsupported("updateDate"); }
  @Override
  public void updateDate(String label, Date value) throws SQLException { throw unsupported("updateDate"); }
  @Override
  public void updateDouble(int column, double value) throws SQLException { throw unsupported("updateDouble"); }
  @Override
  public void updateDouble(String label, double value) throws SQLException { throw unsupported("updateDouble"); }
  @Override
  public void updateFloat(int column, float value) throws SQLException { throw unsupported("updateFloat"); }
  @Override
  public void updateFloat(String label, float value) throws SQLException { throw unsupported("updateFloat"); }
  @Override
  public void updateInt(int column, int length) throws SQLException { throw unsupported("updateInt"); }
  @Override
  public void updateInt(String label, int length) throws SQLException { throw unsupported("updateInt"); }
  @Override
  public void updateLong(int column, long length) throws SQLException { throw unsupported("updateLong"); }
  @Override
  public void updateLong(String label, long length) throws SQLException { throw unsupported("updateLong"); }
  @Override
  public void updateNCharacterStream(int column, Reader reader) throws SQLException { throw unsupported("updateNCharacterStream"); }
  @Override
  public void updateNCharacterStream(int column, Reader reader, long length) throws SQLException { throw unsupported("updateNCharacterStream"); }
  @Override
  public void updateNCharacterStream(String label, Reader reader) throws SQLException { throw unsupported("updateNCharacterStream"); }
  @Override
  public void updateNCharacterStream(String label, Reader reader, long length) throws SQLException { throw unsupported("updateNCharacterStream"); }
  @Override
  public void updateNClob(int column, Reader reader) throws SQLException { throw unsupported("updateNClob"); }
  @Override
  public void updateNClob(int column, Reader reader, long length) throws SQLException { throw unsupported("updateNClob"); }
  @Override
  public void updateNClob(int column, NClob value) throws SQLException { throw unsupported("updateNClob"); }
  @Override
  public void updateNClob(String label, Reader reader) throws SQLException { throw unsupported("updateNClob"); }
  @Override
  public void updateNClob(String label, Reader reader, long length) throws SQLException { throw unsupported("updateNClob"); }
  @Override
  public void updateNClob(String label, NClob value) throws SQLException { throw unsupported("updateNClob"); }
  @Override
  public void updateNString(int column, String value) throws SQLException { throw unsupported("updateNString"); }
  @Override
  public void updateNString(String label, String value) throws SQLException { throw unsupported("updateNString"); }
  @Override
  public void updateNull(int column) throws SQLException { throw unsupported("updateNull"); }
  @Override
  public void updateNull(String label) throws SQLException { throw unsupported("updateNull"); }
  @Override
  public void updateObject(int column, Object value) throws SQLException { throw unsupported("updateObject"); }
  @Override
  public void updateObject(int column, Object value, int scaleOrLength) throws SQLException { throw unsupported("updateObject"); }
  @Override
  public void updateObject(String label, Object value) throws SQLException { throw unsupported("updateObject"); }
  @Override
  public void updateObject(String label, Object value, int scaleOrLength) throws SQLException { throw unsupported("updateObject"); }
  @Override
  public void updateRef(int column, Ref value) throws SQLException { throw unsupported("updateRef"); }
  @Override
  public void updateRef(String label, Ref value) throws SQLException { throw unsupported("updateRef"); }
  @Override
  public void updateRow() throws SQLException { throw unsupported("updateRow"); }
  @Override
  public void updateRowId(int column, RowId value) throws SQLException { throw unsupported("updateRowId"); }
  @Override
  public void updateRowId(String label, RowId value) throws SQLException { throw unsupported("updateRowId"); }
  @Override
  public void updateSQLXML(int column, SQLXML value) throws SQLException { throw unsupported("updateSQLXML"); }
  @Override
  public void updateSQLXML(String label, SQLXML value) throws SQLException { throw unsupported("updateSQLXML"); }
  @Override
  public void updateShort(int column, short value) throws SQLException { throw unsupported("updateShort"); }
  @Override
  public void updateShort(String label, short value) throws SQLException { throw unsupported("updateShort"); }
  @Override
  public void updateString(int column, String value) throws SQLException { throw unsupported("updateString"); }
  @Override
  public void updateString(String label, String value) throws SQLException { throw unsupported("updateString"); }
  @Override
  public void updateTime(int column, Time value) throws SQLException { throw unsupported("updateTime"); }
  @Override
  public void updateTime(String label, Time value) throws SQLException { throw unsupported("updateTime"); }
  @Override
  public void updateTimestamp(int column, Timestamp value) throws SQLException { throw unsupported("updateTimestamp"); }
  @Override
  public void updateTimestamp(String label, Timestamp value) throws SQLException { throw unsupported("updateTimestamp"); }
}
