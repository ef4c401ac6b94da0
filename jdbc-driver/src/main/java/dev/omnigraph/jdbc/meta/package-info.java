/**
 * The rows of the driver's {@link java.sql.DatabaseMetaData} result sets, one class per family of
 * result shapes (tables, columns, keys, indexes, types, stored queries, the shapes that are always
 * empty). Each method returns a {@link dev.omnigraph.engine.QueryResult} whose columns are exactly
 * the names and order the {@code DatabaseMetaData} javadoc lists; the driver wraps it in its
 * result set. Rows come from {@link dev.omnigraph.engine.meta.GraphMetadata} and the stored-query
 * catalog; name arguments are {@code LIKE} patterns ({@link dev.omnigraph.engine.meta.NamePattern})
 * everywhere, also where JDBC says a name is not a pattern, because DBeaver passes {@code %} there
 * ({@code ecosystem.md} §2.2).
 *
 * <p>Types of the result columns: text is {@code VARCHAR}, JDBC's {@code int} and {@code short}
 * columns are {@code INTEGER} (read them with {@code getInt} or {@code getShort}), {@code long}
 * columns {@code BIGINT}, {@code boolean} columns {@code BOOLEAN}. Imports no JDBC driver class
 * but {@link dev.omnigraph.jdbc.JdbcTypes}.
 */
package dev.omnigraph.jdbc.meta;
