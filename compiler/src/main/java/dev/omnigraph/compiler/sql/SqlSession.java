package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.plan.ValueSlot;
import dev.omnigraph.compiler.plan.rules.LanceRules;
import dev.omnigraph.compiler.schema.PropType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.sql2rel.RelDecorrelator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.apache.calcite.tools.RelBuilder;

/**
 * The Calcite objects of planning one SQL statement over a {@link SqlCatalog}, shared by queries
 * ({@link SqlPlanner}) and data changes ({@link SqlModifyPlanner}): parse (double-quoted
 * identifiers, names kept as written and matched ignoring case, lenient conformance), validate,
 * convert to relational algebra, optimize ({@link SqlRules} then {@link LanceRules}), and move
 * literals into value slots ({@link SlotShuttle}). Records the branches whose tables the statement
 * reads. Not thread-safe: one per statement.
 */
final class SqlSession {
  private static final SqlParser.Config PARSER = SqlParser.config()
      .withQuoting(Quoting.DOUBLE_QUOTE)
      .withUnquotedCasing(Casing.UNCHANGED)
      .withQuotedCasing(Casing.UNCHANGED)
      .withCaseSensitive(false)
      .withConformance(SqlConformanceEnum.LENIENT);

  final JavaTypeFactoryImpl types = new JavaTypeFactoryImpl();
  final CalciteCatalogReader reader;
  final SqlValidator validator;
  final SqlToRelConverter converter;
  final RexBuilder rexBuilder = new RexBuilder(types);
  private final RelOptCluster cluster;
  private final Set<String> branchesRead = new HashSet<>();

  SqlSession(SqlCatalog catalog) {
    Properties properties = new Properties();
    properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
    reader = new CalciteCatalogReader(catalog.rootSchema(branchesRead), catalog.defaultPath(), types,
        new CalciteConnectionConfigImpl(properties));
    validator = SqlValidatorUtil.newValidator(SqlStdOperatorTable.instance(), reader, types,
        SqlValidator.Config.DEFAULT.withConformance(SqlConformanceEnum.LENIENT).withIdentifierExpansion(true));
    cluster = RelOptCluster.create(new HepPlanner(HepProgram.builder().build()), rexBuilder);
    converter = new SqlToRelConverter(null, validator, reader, cluster, StandardConvertletTable.INSTANCE,
        SqlToRelConverter.config().withExpand(false).withTrimUnusedFields(true).withInSubQueryThreshold(Integer.MAX_VALUE));
  }

  /**
   * Parses one statement.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code SYNTAX_ERROR} at {@code sourceName:line:column}
   */
  static SqlNode parse(String sql, String sourceName) {
    try {
      return SqlParser.create(sql, PARSER).parseStmt();
    } catch (SqlParseException e) {
      throw SqlDiagnostics.parse(e, sourceName);
    }
  }

  /**
   * Validates a parsed statement.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code NOT_FOUND} or {@code TYPE_ERROR} at its position
   */
  SqlNode validate(SqlNode node, String sourceName) {
    try {
      return validator.validate(node);
    } catch (CalciteContextException e) {
      throw SqlDiagnostics.validation(e, sourceName);
    }
  }

  /** Subqueries decorrelated, unused fields trimmed, filters and projections pushed into the Lance scans. */
  RelNode optimize(RelNode converted) {
    RelBuilder relBuilder = RelBuilder.proto(cluster.getPlanner().getContext()).create(cluster, reader);
    RelNode plan = SqlRules.run(SqlRules.SUBQUERIES, converted);
    plan = RelDecorrelator.decorrelateQuery(plan, relBuilder);
    plan = converter.trimUnusedFields(false, plan);
    return LanceRules.optimize(SqlRules.run(SqlRules.REWRITES, plan));
  }

  /** The {@code ?} markers' types, in marker order, all nullable. */
  List<PropType> parameters(SqlNode validated) {
    List<PropType> parameters = new ArrayList<>();
    for (RelDataTypeField field : validator.getParameterRowType(validated).getFieldList()) {
      parameters.add(SqlTypes.of(field.getType()).withNullable(true));
    }
    return parameters;
  }

  /** A plan and what fills its dynamic parameters: the markers, then the plan's literals. */
  record Slotted(RelNode plan, List<ValueSlot> slots) {}

  /** Moves the literals of {@code plan} into slots numbered after the {@code parameters}. */
  Slotted slot(RelNode plan, List<PropType> parameters) {
    List<ValueSlot> slots = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      slots.add(new ValueSlot.Param(String.valueOf(i + 1), parameters.get(i)));
    }
    SlotShuttle shuttle = new SlotShuttle(rexBuilder, parameters.size());
    RelNode slotted = plan.accept(shuttle);
    slots.addAll(shuttle.constants());
    return new Slotted(slotted, slots);
  }

  /** The branches whose tables the converted statement scans (empty before conversion). */
  Set<String> branchesRead() {
    return branchesRead;
  }
}
