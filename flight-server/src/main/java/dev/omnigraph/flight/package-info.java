/**
 * The Arrow Flight SQL server over {@code dev.omnigraph.engine.Graph}. The module is part of the
 * reactor so the layout is fixed from the start; the server itself is built by the Flight SQL
 * issue and holds no code yet.
 */
package dev.omnigraph.flight;
