package kz.hub.graphql;

import graphql.execution.DataFetcherResult;
import kz.hub.content.ContentItem;
import kz.hub.content.Section;
import kz.hub.live.Edition;
import kz.hub.search.SearchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Where the sentence that answers a search stands: its item and its guide section, both
 * in the sentence's language, as are the links below them. Lookups, so they run on the
 * request's thread, not the search's.
 */
@Controller
class SearchAnswerController {

	@SchemaMapping(typeName = "Answer")
	DataFetcherResult<ContentItem> node(SearchResults.Answer answer, @ContextValue Edition edition) {
		return inLanguageOf(answer, edition.content().in(answer.language()).item(answer.itemId()).orElseThrow());
	}

	@SchemaMapping(typeName = "Answer")
	DataFetcherResult<Section> section(SearchResults.Answer answer, @ContextValue Edition edition) {
		return inLanguageOf(answer, answer.sectionId() == null ? null
				: edition.content().in(answer.language()).item(answer.sectionId(), Section.class).orElseThrow());
	}

	private static <T> DataFetcherResult<T> inLanguageOf(SearchResults.Answer answer, T item) {
		return DataFetcherResult.<T>newResult().data(item).localContext(answer.language()).build();
	}

}
