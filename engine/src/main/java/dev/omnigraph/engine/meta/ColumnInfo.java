package dev.omnigraph.engine.meta;

import dev.omnigraph.compiler.schema.PropType;

/**
 * One column of a table as SQL sees it: a stored column ({@code pg-schema.md} §3.3) with its value
 * type, its 1-based position in the table and a human-readable remark.
 *
 * @param name the stored column name, exact case ({@code id}, {@code src}, {@code dst}, or a
 *     property name)
 * @param type the value type; {@link PropType#nullable()} is the column's nullability
 *     ({@code id}, {@code src} and {@code dst} are never null)
 * @param position the 1-based ordinal position, which is the stored column order
 * @param remarks what the column holds and what the schema says of it, e.g.
 *     {@code "enum(high, low); @index; the risk level"}; empty when there is nothing to say
 */
public record ColumnInfo(String name, PropType type, int position, String remarks) {}
