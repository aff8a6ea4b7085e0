package kz.hub.protection;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;

/**
 * How deep, how wide and how costly one operation is, measured before it runs on the
 * fields it would execute: variables, @include and @skip applied, and every fragment
 * counted each time it is spread.
 *
 * @param depth the deepest nesting of fields
 * @param fields how many fields it selects, each alias counted
 * @param cost how many objects it can return: a field counts one, a list counts the most
 * items it can hold times the cost of one item with what is selected under it
 */
record OperationMeasure(int depth, int fields, long cost) {

	private static final OperationMeasure NONE = new OperationMeasure(0, 0, 0);

	/**
	 * Measures the operation, giving up past {@code maxFields} fields: fragments spread
	 * inside fragments can multiply a short document into millions of fields.
	 */
	static OperationMeasure of(ExecutionContext execution, ListSizes sizes, int maxFields) {
		GraphQLSchema schema = execution.getGraphQLSchema();
		ExecutableNormalizedOperation operation;
		try {
			operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema,
					execution.getOperationDefinition(), execution.getFragmentsByName(), execution.getCoercedVariables(),
					ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(maxFields));
		}
		catch (AbortExecutionException tooManyFields) {
			return new OperationMeasure(0, maxFields + 1, Long.MAX_VALUE);
		}
		OperationMeasure measure = NONE;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			measure = measure.beside(of(field, schema, sizes));
		}
		return measure;
	}

	private static OperationMeasure of(ExecutableNormalizedField field, GraphQLSchema schema, ListSizes sizes) {
		OperationMeasure children = NONE;
		for (ExecutableNormalizedField child : field.getChildren()) {
			children = children.beside(of(child, schema, sizes));
		}
		return new OperationMeasure(children.depth + 1, children.fields + 1,
				saturatedProduct(sizes.mostItems(field, schema), saturatedSum(1, children.cost)));
	}

	/** Two sibling selections: depth is the deeper one's, fields and cost add up. */
	private OperationMeasure beside(OperationMeasure other) {
		return new OperationMeasure(Math.max(depth, other.depth), fields + other.fields,
				saturatedSum(cost, other.cost));
	}

	private static long saturatedProduct(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long product = a * b;
		return (high == 0 && product >= 0) ? product : Long.MAX_VALUE;
	}

	private static long saturatedSum(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

}
