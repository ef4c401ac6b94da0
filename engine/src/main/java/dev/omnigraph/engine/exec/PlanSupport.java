package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.plan.rel.GraphExpand;
import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.SetOp;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexVisitorImpl;
import org.apache.calcite.sql.SqlKind;

/**
 * Checks, before a SQL plan is cached or run, that {@link PlanExecutor} can execute every operator
 * and expression in it, so an unsupported feature is refused up front with its name instead of
 * failing half way: operators are scans, graph expansion, filter, project, joins other than
 * {@code ASOF}, sort, aggregates with one grouping set and {@code COUNT}/{@code SUM}/{@code AVG}/
 * {@code MIN}/{@code MAX}/{@code SINGLE_VALUE}/{@code LITERAL_AGG} calls without {@code FILTER}, literal rows and set
 * operations; expressions are those of {@link RexEvaluator} and {@link SqlExpressions}. Window
 * functions and correlations the decorrelator could not remove are refused. Stateless.
 */
public final class PlanSupport {
  private static final Set<SqlKind> NATIVE = Set.of(SqlKind.AND, SqlKind.OR, SqlKind.NOT, SqlKind.IS_NULL,
      SqlKind.IS_NOT_NULL, SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN, SqlKind.LESS_THAN_OR_EQUAL,
      SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL);
  private static final Set<String> GRAPH_OPERATORS = Set.of("STARTS_WITH", "CONTAINS_TEXT", "LIST_CONTAINS");
  private static final Set<SqlKind> AGGREGATES = Set.of(SqlKind.COUNT, SqlKind.SUM, SqlKind.SUM0, SqlKind.AVG,
      SqlKind.MIN, SqlKind.MAX, SqlKind.SINGLE_VALUE, SqlKind.LITERAL_AGG);

  private PlanSupport() {}

  /**
   * @throws OmniGraphException {@code UNSUPPORTED} naming the first operator, aggregate or function
   *     the executor cannot run, e.g. "SQL function ROW_NUMBER is not supported"
   */
  public static void check(RelNode plan) {
    List<RexNode> expressions = new ArrayList<>();
    if (plan instanceof LanceTableScan scan) {
      if (scan.filter() != null) {
        expressions.add(scan.filter());
      }
    } else if (plan instanceof Filter filter) {
      expressions.add(filter.getCondition());
    } else if (plan instanceof Project project) {
      expressions.addAll(project.getProjects());
    } else if (plan instanceof Join join) {
      if (join.getJoinType() == JoinRelType.ASOF || join.getJoinType() == JoinRelType.LEFT_ASOF) {
        throw unsupported("ASOF joins");
      }
      expressions.add(join.getCondition());
    } else if (plan instanceof Aggregate aggregate) {
      checkAggregate(aggregate);
    } else if (!(plan instanceof GraphExpand || plan instanceof Sort || plan instanceof Values || plan instanceof SetOp)) {
      throw unsupported("the relational operator " + plan.getRelTypeName()
          + (plan.getRelTypeName().contains("Correlate") ? " (a correlated subquery that could not be decorrelated)" : ""));
    }
    for (RexNode expression : expressions) {
      expression.accept(new RexVisitorImpl<Void>(true) {
        @Override
        public Void visitCall(RexCall call) {
          if (!NATIVE.contains(call.getKind()) && !GRAPH_OPERATORS.contains(call.getOperator().getName())
              && !SqlExpressions.supports(call)) {
            throw unsupported("SQL function or operator " + call.getOperator().getName());
          }
          return super.visitCall(call);
        }

        @Override
        public Void visitOver(RexOver over) {
          throw unsupported("window functions (" + over.getAggOperator().getName() + " OVER ...)");
        }

        @Override
        public Void visitSubQuery(RexSubQuery subQuery) {
          throw unsupported("this subquery form");
        }

        @Override
        public Void visitCorrelVariable(RexCorrelVariable variable) {
          throw unsupported("a correlated subquery that could not be decorrelated");
        }

        @Override
        public Void visitFieldAccess(RexFieldAccess access) {
          throw unsupported("field access " + access);
        }
      });
    }
    for (RelNode input : plan.getInputs()) {
      check(input);
    }
  }

  private static void checkAggregate(Aggregate aggregate) {
    if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
      throw unsupported("GROUPING SETS, ROLLUP and CUBE");
    }
    for (AggregateCall call : aggregate.getAggCallList()) {
      if (!AGGREGATES.contains(call.getAggregation().getKind())) {
        throw unsupported("the aggregate function " + call.getAggregation().getName());
      }
      if (call.filterArg >= 0 || call.isDistinct()) {
        throw unsupported((call.isDistinct() ? "DISTINCT" : "FILTER") + " in " + call.getAggregation().getName());
      }
    }
  }

  private static OmniGraphException unsupported(String what) {
    return new OmniGraphException(ErrorCode.UNSUPPORTED, what + " is not supported by this version");
  }
}
