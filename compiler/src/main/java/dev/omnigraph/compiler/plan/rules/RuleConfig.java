package dev.omnigraph.compiler.plan.rules;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * A {@link RelRule.Config} as a plain record, so rules need no annotation processor: the operand
 * tree, a description, and the constructor that {@link #toRule()} calls.
 */
record RuleConfig(String description, RelRule.OperandTransform operandSupplier, RelBuilderFactory relBuilderFactory,
    Function<RuleConfig, RelOptRule> factory) implements RelRule.Config {

  static RuleConfig of(String description, RelRule.OperandTransform operands, Function<RuleConfig, RelOptRule> factory) {
    return new RuleConfig(description, operands, RelFactories.LOGICAL_BUILDER, factory);
  }

  @Override
  public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override
  public RuleConfig withRelBuilderFactory(RelBuilderFactory value) {
    return new RuleConfig(description, operandSupplier, value, factory);
  }

  @Override
  public RuleConfig withDescription(String value) {
    return new RuleConfig(value, operandSupplier, relBuilderFactory, factory);
  }

  @Override
  public RuleConfig withOperandSupplier(RelRule.OperandTransform value) {
    return new RuleConfig(description, value, relBuilderFactory, factory);
  }
}
