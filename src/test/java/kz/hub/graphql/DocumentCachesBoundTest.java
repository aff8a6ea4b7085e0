package kz.hub.graphql;

import java.util.Map;
import java.util.function.IntFunction;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import kz.hub.LiveHeap;
import kz.hub.persisted.DocumentWeight;
import kz.hub.persisted.PersistedDocuments;
import kz.hub.persisted.ShippedOperations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents kept by their text and those registered by their hash cost no more heap
 * than their bound, whatever their shape: a flood of tiny distinct documents, or of the
 * densest shape the parser builds.
 */
class DocumentCachesBoundTest {

	private static final long BOUND = DocumentWeight.MAX_CACHED_BYTES;

	private static final Map<String, IntFunction<String>> SHAPES = Map.of("tiny", i -> "{a" + i + ":__typename}",
			"nested", i -> "{x" + i + ":__typename " + "a{b{c}}".repeat(100) + "}");

	@ParameterizedTest
	@ValueSource(strings = { "tiny", "nested" })
	void aFloodOfDistinctDocumentsByTextStaysWithinTheBound(String shape) throws Exception {
		flood(SHAPES.get(shape), false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "tiny", "nested" })
	void aFloodOfDocumentsRegisteredByHashStaysWithinTheBound(String shape) throws Exception {
		flood(SHAPES.get(shape), true);
	}

	private static void flood(IntFunction<String> shape, boolean byHash) throws Exception {
		RequestDocuments cache = new RequestDocuments(new PersistedDocuments(
				ShippedOperations.load(new ClassPathResource(ShippedOperations.LOCATION)), false));
		long before = LiveHeap.bytes();
		long texts = 0;
		// enough distinct documents to fill the bound six times over at their real cost
		for (int i = 0; texts < 6 * BOUND; i++) {
			String text = shape.apply(i);
			ExecutionInput.Builder input = ExecutionInput.newExecutionInput(text);
			if (byHash) {
				input.extensions(
						Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedDocuments.hashOf(text))));
			}
			PreparsedDocumentEntry entry = cache
				.getDocumentAsync(input.build(), in -> new PreparsedDocumentEntry(Parser.parse(in.getQuery())))
				.get();
			assertThat(entry.hasErrors()).isFalse();
			texts += (text.length() * 63L) + 500;
		}
		assertThat(LiveHeap.bytes() - before).as("heap the kept documents take").isLessThan(BOUND * 5 / 4);
	}

}
