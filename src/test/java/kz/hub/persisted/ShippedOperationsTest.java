package kz.hub.persisted;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar ships the contract's operations, each one a document with its fragments. */
class ShippedOperationsTest {

	private final ShippedOperations shipped = ShippedOperations.load(new ClassPathResource(ShippedOperations.LOCATION));

	@Test
	void eachOperationIsOneDocumentWithTheFragmentsItSpreads() {
		assertThat(shipped.documentsByName()).containsKeys("PermitOverview", "NodeById", "Search", "Suggest");
		assertThat(shipped.documentsByName().get("NodeById")).startsWith("query NodeById")
			.contains("fragment Ref on Node");
		assertThat(shipped.documentsByName().get("PermitOverview")).doesNotContain("fragment")
			.doesNotContain("query PermitById");
	}

	@Test
	void eachDocumentIsKnownByTheSha256OfItsText() {
		String nodeById = shipped.documentsByName().get("NodeById");
		assertThat(shipped.documentsByHash()).containsEntry(PersistedDocuments.hashOf(nodeById), nodeById)
			.hasSameSizeAs(shipped.documentsByName());
		assertThat(PersistedDocuments.hashOf("{ permits { id } }")).hasSize(64).matches("[0-9a-f]+");
	}

}
