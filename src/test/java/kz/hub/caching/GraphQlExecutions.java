package kz.hub.caching;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Counts the requests GraphQL executes, to tell them from answers served from a cache.
 */
class GraphQlExecutions extends SimplePerformantInstrumentation {

	private final AtomicInteger count = new AtomicInteger();

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		count.incrementAndGet();
		return SimpleInstrumentationContext.noOp();
	}

	int count() {
		return count.get();
	}

}
