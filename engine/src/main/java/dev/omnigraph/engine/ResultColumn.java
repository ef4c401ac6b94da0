package dev.omnigraph.engine;

import dev.omnigraph.compiler.schema.PropType;

/**
 * One column of a query result: its runtime name ({@code gq-language.md} §10.3, e.g. {@code p.name},
 * an alias, or {@code p} for a whole-node return) and its type.
 *
 * <p>Java values by type: String and enums as {@link String}; Bool {@link Boolean}; I32
 * {@link Integer}; I64, U32 and U64 {@link Long}; F32 {@link Float}; F64 {@link Double}; Date
 * {@link java.time.LocalDate}; DateTime {@link java.time.Instant}; lists {@link java.util.List};
 * vectors {@code float[]}; null for a missing value.
 *
 * @param tableName the node or edge type the column is read from, or null for computed columns
 */
public record ResultColumn(String name, PropType type, String tableName) {}
