package kz.hub.graphql;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import kz.hub.content.Language;
import kz.hub.content.translation.FacetWords;
import kz.hub.live.Edition;
import kz.hub.search.SearchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A search's facet values as a client shows them: the key to filter with, the count, and
 * the label in the answer's language.
 */
@Controller
class FacetController {

	@SchemaMapping(typeName = "Facet")
	List<FacetValue> values(SearchResults.Facet facet, @ContextValue Edition edition, DataFetchingEnvironment env) {
		Language language = AnswerLanguage.of(env);
		FacetWords words = edition.content().facetWords();
		return facet.values()
			.stream()
			.map(value -> new FacetValue(value.value(), value.count(),
					facet.words() ? words.label(value.value(), language) : value.value()))
			.toList();
	}

	/** One value of a facet, as the schema's {@code FacetValue}. */
	record FacetValue(String value, int count, String label) {
	}

}
