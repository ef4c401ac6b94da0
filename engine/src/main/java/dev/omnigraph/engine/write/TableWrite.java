package dev.omnigraph.engine.write;

import dev.omnigraph.compiler.schema.GraphType;
import java.util.List;

/**
 * Rows to append to one table, in stored column order ({@link dev.omnigraph.compiler.schema.TableColumns}).
 */
public record TableWrite(GraphType type, List<Object[]> rows) {}
