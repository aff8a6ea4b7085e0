package kz.hub.protection;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;

/**
 * How deep, how wide and how costly one operation is, measured on its fields before it
 * runs, with its variables and fragments applied.
 *
 * @param depth the deepest nesting of fields
 * @param fields how many fields it selects, each alias counted
 * @param cost how many objects it can return: a field counts one, a list counts the most
 * items it can hold times the cost of one item with what is selected under it
 */
record OperationMeasure(int depth, int fields, long cost) {

	private static final OperationMeasure NONE = new OperationMeasure(0, 0, 0);

	static OperationMeasure of(ExecutionContext execution, ListSizes sizes) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.coercedVariables(execution.getCoercedVariables())
			.build();
		// Post-order: every field is measured after all the fields under it.
		Map<QueryVisitorFieldEnvironment, OperationMeasure> below = new HashMap<>();
		traverser.visitPostOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment field) {
				OperationMeasure children = below.getOrDefault(field, NONE);
				OperationMeasure measured = new OperationMeasure(children.depth + 1, children.fields + 1,
						saturatedProduct(sizes.mostItems(field), 1 + children.cost));
				below.merge(field.getParentEnvironment(), measured, OperationMeasure::beside);
			}
		});
		return below.getOrDefault(null, NONE);
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
