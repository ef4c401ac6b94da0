/**
 * Value rules shared by loads and queries: Date/DateTime text, canonical key text, JSON value
 * coercion and string escapes ({@code pg-schema.md} §3.7, §4.2; {@code gq-language.md} §10.4).
 */
package dev.omnigraph.compiler.value;
