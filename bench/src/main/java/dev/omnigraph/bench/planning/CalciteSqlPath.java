package dev.omnigraph.bench.planning;

import dev.omnigraph.bench.data.ItemData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.adapter.java.ReflectiveSchema;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * Calcite's own SQL path, for scale: a {@code jdbc:calcite:} connection whose schema {@code s}
 * is a {@link ReflectiveSchema} over the generated items (an in-heap array, table
 * {@code s.item}), and {@link Connection#prepareStatement} of {@value #SQL} — Calcite parses,
 * validates, converts to relational algebra, optimizes with its cost-based planner and generates
 * and compiles Java code (Janino) for the plan, every time it is given a new text. OmniGraph's
 * compiler uses Calcite's relational algebra and rule engine, but not this path.
 */
public final class CalciteSqlPath implements AutoCloseable {

  /** The key lookup of the key-lookup benchmark in SQL. */
  public static final String SQL = "SELECT slug, name, category, price, stock FROM s.item WHERE slug = ?";

  private final Connection connection;

  /** One row of {@code s.item}: public fields are the columns. */
  public static final class Item {
    public final String slug;
    public final String name;
    public final String category;
    public final double price;
    public final int stock;

    Item(String slug, String name, String category, double price, int stock) {
      this.slug = slug;
      this.name = name;
      this.category = category;
      this.price = price;
      this.stock = stock;
    }
  }

  /** The schema {@code s}: public array fields are tables. */
  public static final class Schema {
    public final Item[] item;

    Schema(Item[] item) {
      this.item = item;
    }
  }

  /** Opens a Calcite connection on {@code data}. */
  public CalciteSqlPath(ItemData data) throws SQLException {
    Item[] items = new Item[data.rows()];
    for (int i = 0; i < items.length; i++) {
      items[i] = new Item(data.slug(i), data.name(i), data.category(i), data.price(i), data.stock(i));
    }
    Properties info = new Properties();
    info.setProperty("lex", "JAVA"); // case-sensitive identifiers, as the field names are
    connection = new org.apache.calcite.jdbc.Driver().connect("jdbc:calcite:", info);
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    calcite.getRootSchema().add("s", new ReflectiveSchema(new Schema(items)));
  }

  /**
   * Prepares {@link #SQL} followed by the comment {@code /* n *}{@code /}, a new text for each
   * {@code n}, and closes the statement.
   */
  public void prepareFresh(long n) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SQL + " /* " + n + " */")) {
      if (statement.getMetaData().getColumnCount() != 5) {
        throw new IllegalStateException("calcite: the lookup has " + statement.getMetaData().getColumnCount() + " columns");
      }
    }
  }

  /** Prepares and runs the lookup of {@code slug}: its five values, or null when there is no row. */
  public Object[] lookup(String slug) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      statement.setString(1, slug);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)};
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
