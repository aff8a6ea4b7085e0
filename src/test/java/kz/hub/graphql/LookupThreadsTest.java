package kz.hub.graphql;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lookups answer on the thread that runs the request's operation, inside the field's data
 * fetcher; only searches go to the search threads. Every field a lookup maps is watched:
 * where it ran, and whether its fetcher answered at once or with a promise.
 */
@HubHttpTest
class LookupThreadsTest {

	private static final List<String> LOOKUPS = List.of("node", "permit", "permits", "requirement", "requirements",
			"document", "documents", "step", "steps", "destination", "guide", "guides", "section");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Fetches fetches;

	@BeforeEach
	void forgetEarlierFetches() {
		fetches.clear();
	}

	@Test
	void lookupsAndTheirItemFieldsRunOnTheRequestThread() {
		graphQl.document("""
				{
				  node(id: "charyn-canyon") { id }
				  permit(id: "temporary-residence-permit") { id language languages section { id language languages } }
				  permits(language: RU) { id language }
				  requirement(id: "health-insurance") { section { id } language languages }
				  requirements { id }
				  document(id: "passport") { section { id } language languages }
				  documents { id }
				  step(id: "submit-application") { section { id } language languages }
				  steps { id }
				  destination(id: "charyn-canyon") { section { id } language languages }
				  guide(id: "top-places-to-visit") { id language languages }
				  guides { id }
				  section(id: "top-places-to-visit#charyn-canyon") { id language languages }
				}""").execute().errors().verify();
		List<Fetch> watched = fetches.all()
			.stream()
			.filter(fetch -> fetch.type().equals("Query") ? LOOKUPS.contains(fetch.field())
					: List.of("section", "language", "languages").contains(fetch.field()))
			.toList();
		// Every lookup field, and section, language and languages on each type that has
		// them.
		assertThat(watched.stream().map(Fetch::coordinates).distinct()).hasSize(LOOKUPS.size() + 5 + 2 * 7)
			.contains("Query.node", "Query.section", "Permit.section", "Destination.section", "Permit.language",
					"Section.languages", "Guide.language", "Document.languages");
		assertThat(watched).allSatisfy(fetch -> {
			assertThat(fetch.onRequestThread()).as("%s on the request thread", fetch.coordinates()).isTrue();
			assertThat(fetch.promised()).as("%s answered by a promise", fetch.coordinates()).isFalse();
		});
	}

	@Test
	void searchesRunOnTheSearchThreads() {
		graphQl.document("{ search(query: \"lake\") { totalCount } }").execute().errors().verify();
		assertThat(fetches.all()).filteredOn(fetch -> fetch.coordinates().equals("Query.search"))
			.singleElement()
			.satisfies(fetch -> assertThat(fetch.promised()).isTrue());
	}

	/** One data fetcher call: the field, whether it ran where the operation began. */
	record Fetch(String type, String field, boolean onRequestThread, boolean promised) {

		String coordinates() {
			return type + "." + field;
		}

	}

	/** Watches every non-trivial field's data fetcher. */
	static class Fetches extends SimplePerformantInstrumentation {

		private final Queue<Fetch> fetches = new ConcurrentLinkedQueue<>();

		private volatile Thread operationThread;

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			operationThread = Thread.currentThread();
			return super.beginExecuteOperation(parameters, state);
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			if (parameters.isTrivialDataFetcher()) {
				return dataFetcher;
			}
			return env -> {
				boolean onRequestThread = Thread.currentThread() == operationThread;
				Object answer = dataFetcher.get(env);
				fetches.add(new Fetch(((GraphQLObjectType) env.getParentType()).getName(), env.getField().getName(),
						onRequestThread, answer instanceof CompletionStage<?>));
				return answer;
			};
		}

		List<Fetch> all() {
			return List.copyOf(fetches);
		}

		void clear() {
			fetches.clear();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class WatchFetches {

		@Bean
		Fetches fetches() {
			return new Fetches();
		}

	}

}
