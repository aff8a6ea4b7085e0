package kz.hub.protection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import kz.hub.config.LimitsProperties;
import kz.hub.content.Content;
import kz.hub.live.LiveContent;

/**
 * Refuses an operation deeper, wider or costlier than {@code hub.limits} allows, before
 * it runs, with a BAD_REQUEST error that states the measure and the limit. Every
 * operation of a document is checked on its own, whatever ran before it.
 */
public class OperationLimits extends SimplePerformantInstrumentation {

	/**
	 * Measures kept per document (one per operation, variables and content version); past
	 * this many, start over.
	 */
	private static final int MAX_MEASURES_PER_DOCUMENT = 8;

	/** Variables longer than this in print are measured each time, not kept. */
	private static final int MAX_KEPT_VARIABLES_LENGTH = 128;

	private final LimitsProperties limits;

	private final LiveContent live;

	/**
	 * Heap one document's measures may take at most: each keeps its variables, at most
	 * {@link #MAX_KEPT_VARIABLES_LENGTH} characters in print, which as a map of short
	 * values costs up to about 24 bytes a character, plus the measure and its key.
	 */
	private static final int MAX_BYTES_PER_DOCUMENT = MAX_MEASURES_PER_DOCUMENT
			* (MAX_KEPT_VARIABLES_LENGTH * 24 + 512);

	/** Heap all kept measures may take: 4 MiB, the measures of some 140 documents. */
	private static final long MAX_MEASURED_BYTES = 4L * 1024 * 1024;

	/**
	 * Measures of the operations of recent documents. The documents of requests
	 * ({@code RequestDocuments}) hand out the same instance for the same text, so keys
	 * are weak and compared by identity. Each document is weighed at the most its
	 * measures can take, as they are added after it is weighed.
	 */
	private final Cache<Document, Map<MeasureKey, OperationMeasure>> measured = Caffeine.newBuilder()
		.weakKeys()
		.maximumWeight(MAX_MEASURED_BYTES)
		.weigher((Document document, Map<MeasureKey, OperationMeasure> measures) -> MAX_BYTES_PER_DOCUMENT)
		.build();

	/**
	 * The list sizes of the content last served; built again when its version changes.
	 */
	private volatile ListSizes sizes;

	public OperationLimits(LimitsProperties limits, LiveContent live) {
		this.limits = limits;
		this.live = live;
	}

	/**
	 * What a measure depends on besides the document: which operation, its variables
	 * (first, @include, @skip) and the content (the size of its lists).
	 */
	private record MeasureKey(String operationName, Map<String, Object> variables, String contentVersion) {
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (isIntrospection(execution)) {
			return SimpleInstrumentationContext.noOp();
		}
		Content content = live.current().content();
		Map<String, Object> variables = execution.getCoercedVariables().toMap();
		if (variables.toString().length() > MAX_KEPT_VARIABLES_LENGTH) {
			check(OperationMeasure.of(execution, sizesOf(content), maxMeasuredFields()));
			return SimpleInstrumentationContext.noOp();
		}
		MeasureKey key = new MeasureKey(execution.getOperationDefinition().getName(), variables, content.version());
		Map<MeasureKey, OperationMeasure> ofDocument = measured.get(execution.getDocument(),
				document -> new ConcurrentHashMap<>());
		if (ofDocument.size() >= MAX_MEASURES_PER_DOCUMENT) {
			ofDocument.clear();
		}
		check(ofDocument.computeIfAbsent(key,
				missing -> OperationMeasure.of(execution, sizesOf(content), maxMeasuredFields())));
		return SimpleInstrumentationContext.noOp();
	}

	private ListSizes sizesOf(Content content) {
		ListSizes known = sizes;
		if (known == null || !known.contentVersion().equals(content.version())) {
			known = ListSizes.of(content);
			sizes = known;
		}
		return known;
	}

	/**
	 * Fields are counted exactly up to far past the limit, so the error can say how many
	 * were asked for; beyond that, measuring stops.
	 */
	private int maxMeasuredFields() {
		return limits.maxQueryComplexity() * 100;
	}

	private void check(OperationMeasure measure) {
		if (measure.depth() > limits.maxQueryDepth()) {
			throw ClientError.abort(
					"the query is nested " + measure.depth() + " levels deep; the limit is " + limits.maxQueryDepth());
		}
		if (measure.fields() > limits.maxQueryComplexity()) {
			String count = measure.fields() > maxMeasuredFields() ? "more than " + maxMeasuredFields()
					: Integer.toString(measure.fields());
			throw ClientError.abort("the query asks for " + count + " fields (aliases count one by one); the limit is "
					+ limits.maxQueryComplexity());
		}
		if (measure.cost() > limits.maxQueryCost()) {
			throw ClientError.abort("the query could return " + costInWords(measure.cost())
					+ " objects (each list counts the most items it can hold, e.g. its first, times what is asked "
					+ "of each); the limit is " + limits.maxQueryCost()
					+ ". Ask for smaller pages or fewer nested lists.");
		}
	}

	private static String costInWords(long cost) {
		return cost == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(cost);
	}

	/**
	 * An operation that only asks for the schema (__schema, __type), as the playground's
	 * own introspection query does: it is deep and wide by nature, costs no content
	 * lookups, and introspection has its own switch.
	 */
	private static boolean isIntrospection(ExecutionContext execution) {
		return execution.getOperationDefinition()
			.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

}
