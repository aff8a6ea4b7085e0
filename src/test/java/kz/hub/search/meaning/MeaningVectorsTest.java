package kz.hub.search.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which texts are embedded again, and which are kept, within the caches' bytes. */
class MeaningVectorsTest {

	private final List<String> embedded = new ArrayList<>();

	private final TextEncoder counting = text -> {
		embedded.add(text);
		return new float[384];
	};

	@Test
	void aReloadEmbedsOnlyTheTextsThatChanged() {
		MeaningVectors vectors = new MeaningVectors(counting, 1 << 20, 0);
		vectors.of(Map.of("lake", "A turquoise lake", "city", "The old capital"));
		vectors.of(Map.of("lake", "A turquoise lake", "city", "The southern capital"));
		assertThat(embedded).containsExactlyInAnyOrder("A turquoise lake", "The old capital", "The southern capital");
	}

	@Test
	void aQueryAskedAgainIsNotEmbeddedAgain() {
		TextEncoder queries = new MeaningVectors(counting, 0, 1 << 20).queries();
		queries.encode("wild cats");
		queries.encode("wild cats");
		queries.encode("ski resort");
		assertThat(embedded).containsExactly("wild cats", "ski resort");
	}

	@Test
	void noBytesForQueriesKeepsNone() {
		TextEncoder queries = new MeaningVectors(counting, 0, 0).queries();
		queries.encode("wild cats");
		queries.encode("wild cats");
		assertThat(embedded).containsExactly("wild cats", "wild cats");
	}

}
