package dev.omnigraph.flight.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.meta.TableInfo;
import dev.omnigraph.engine.meta.TableKind;
import dev.omnigraph.flight.statement.InputValues;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Writes ingested record batches as strict JSONL records ({@code pg-schema.md} §7.2), one line
 * per row, so the ingest goes through the same validation as {@code omnigraph load}.
 *
 * <p>A node table's columns become {@code data} members ({@code id} too, when sent); an edge
 * table's {@code src} and {@code dst} become {@code from} and {@code to}, the other columns
 * {@code data} members. Null values are left out. Values are read as {@link InputValues} says.
 * Column names the type does not have are passed on, and the load rejects them naming the line
 * (row number in the stream, from 1). Not thread-safe: one per ingest.
 */
final class IngestRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TableInfo table;
  private final StringBuilder jsonl = new StringBuilder();
  private long rows;

  IngestRows(TableInfo table) {
    this.table = table;
  }

  /**
   * Appends the rows of one batch.
   *
   * @throws OmniGraphException {@code DATA_ERROR} for an edge row without {@code src} or
   *     {@code dst}; {@code INVALID_PARAMETER} for a column of an unsupported Arrow type
   */
  void add(VectorSchemaRoot batch) {
    for (int r = 0; r < batch.getRowCount(); r++) {
      rows++;
      Map<String, Object> record = new LinkedHashMap<>();
      Map<String, Object> data = new LinkedHashMap<>();
      Object from = null;
      Object to = null;
      for (FieldVector column : batch.getFieldVectors()) {
        Object value = InputValues.value(column, r);
        String name = column.getName();
        if (table.kind() == TableKind.EDGE && name.equals("src")) {
          from = value;
        } else if (table.kind() == TableKind.EDGE && name.equals("dst")) {
          to = value;
        } else if (value != null) {
          data.put(name, value);
        }
      }
      if (table.kind() == TableKind.EDGE) {
        if (from == null || to == null) {
          throw new OmniGraphException(ErrorCode.DATA_ERROR, "row " + rows + " of the ingest into edge table '" + table.name()
              + "' has no " + (from == null ? "src" : "dst") + " value; edge rows need src and dst (the endpoint node ids)");
        }
        record.put("edge", table.type().name());
        record.put("from", from);
        record.put("to", to);
      } else {
        record.put("type", table.type().name());
      }
      record.put("data", data);
      try {
        jsonl.append(JSON.writeValueAsString(record)).append('\n');
      } catch (JsonProcessingException e) {
        throw new OmniGraphException(ErrorCode.INTERNAL_ERROR, "cannot encode ingested row " + rows + ": " + e.getMessage());
      }
    }
  }

  /** The rows added so far. */
  long rowCount() {
    return rows;
  }

  /** The JSONL text of every row added. */
  String jsonl() {
    return jsonl.toString();
  }
}
