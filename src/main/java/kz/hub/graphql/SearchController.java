package kz.hub.graphql;

import java.util.List;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.DestinationKind;
import kz.hub.content.Section;
import kz.hub.caching.AnswerReplays;
import kz.hub.insights.SearchLog;
import kz.hub.live.Edition;
import kz.hub.search.ContentType;
import kz.hub.search.GeoCircle;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchFilter;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.SearchSort;
import kz.hub.search.Suggestion;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Full-text search and search-as-you-type over all content of the edition a request
 * reads.
 */
@Controller
class SearchController {

	private final Paging paging;

	private final SearchLog searchLog;

	SearchController(Paging paging, SearchLog searchLog) {
		this.paging = paging;
		this.searchLog = searchLog;
	}

	@QueryMapping
	SearchConnection search(@Argument String query, @Argument List<ContentType> types, @Argument Filter filter,
			@Argument Near near, @Argument SearchSort sort, @Argument Integer first, @Argument String after,
			@Argument Double meaning, @Argument Boolean asTyped, DataFetchingEnvironment environment,
			@ContextValue Edition edition) {
		SearchRequest request = new SearchRequest(query,
				searchFilter(types, filter).inEnglish(edition.content().facetWords()),
				near == null ? null : new GeoCircle(near.latitude(), near.longitude(), near.radiusKm()), sort,
				paging.pageSize(first, environment), Paging.position(after),
				RequestedFields.contains(environment, "edges", "highlights"),
				RequestedFields.contains(environment, "facets"), AnswerLanguage.chosen(environment),
				meaning == null ? SearchRequest.DEFAULT_MEANING : meaning, Boolean.TRUE.equals(asTyped),
				RequestedFields.contains(environment, "answer"));
		SearchResults results = edition.index().search(request);
		if (after == null) {
			String version = edition.content().version();
			int total = results.totalCount();
			boolean corrected = results.correctedQuery() != null;
			// a kept answer keeps this; it holds the query text and numbers, not the
			// results
			AnswerReplays.doAndReplay(environment.getGraphQlContext(), 2 * (query.length() + version.length()),
					() -> searchLog.record(version, query, total, corrected));
		}
		if (AnswerLanguage.isMixed(environment)) {
			results.hits().forEach(hit -> AnswerLanguage.answeredIn(environment, hit.language()));
			if (results.answer() != null) {
				AnswerLanguage.answeredIn(environment, results.answer().language());
			}
		}
		List<SearchConnection.Edge> edges = results.hits()
			.stream()
			.map(hit -> edge(hit, edition.content().in(hit.language())))
			.toList();
		PageInfo pageInfo = PageInfo.of(edges.stream().map(SearchConnection.Edge::cursor).toList(),
				results.hasNextPage(), after);
		return new SearchConnection(results.totalCount(), results.correctedQuery(), edges, results.facets(), pageInfo,
				results.answer());
	}

	private static SearchConnection.Edge edge(SearchResults.Hit hit, Content content) {
		return new SearchConnection.Edge(Paging.cursor(hit.position()), hit.score(), hit.distanceKm(), hit.highlights(),
				content.item(hit.id()).orElseThrow(),
				hit.sectionIds().stream().map(id -> content.item(id, Section.class).orElseThrow()).toList(),
				hit.pinned(), hit.language());
	}

	/**
	 * A hit's node answers in the hit's language, and so do its links: the language goes
	 * down as the node's local context.
	 */
	@SchemaMapping(typeName = "SearchEdge")
	DataFetcherResult<ContentItem> node(SearchConnection.Edge edge) {
		return DataFetcherResult.<ContentItem>newResult().data(edge.node()).localContext(edge.language()).build();
	}

	/** The old types argument and filter.types are one field, given once. */
	private static SearchFilter searchFilter(List<ContentType> types, Filter filter) {
		if (filter == null) {
			return new SearchFilter(types == null ? null : Set.copyOf(types), null, null, null);
		}
		if (types != null && filter.types() != null) {
			throw new InvalidQueryException("types is given twice: as the argument and as filter.types; give one");
		}
		return new SearchFilter(set(types != null ? types : filter.types()), set(filter.kind()), set(filter.activity()),
				set(filter.region()));
	}

	private static <T> Set<T> set(List<T> values) {
		return values == null ? null : Set.copyOf(values);
	}

	@SchemaMapping(typeName = "Highlight")
	Section section(SearchResults.Highlight highlight, @ContextValue Edition edition) {
		return highlight.sectionId() == null ? null
				: edition.content().in(highlight.language()).item(highlight.sectionId(), Section.class).orElseThrow();
	}

	@QueryMapping
	List<Suggestion> suggest(@Argument String prefix, @Argument Integer limit, @ContextValue Edition edition,
			DataFetchingEnvironment field) {
		// The schema's default only applies when limit is left out; an explicit null
		// means the same to a client.
		return edition.index()
			.suggest(prefix, limit != null ? limit : Paging.schemaDefault(field, "limit"), AnswerLanguage.of(field));
	}

	@SchemaMapping
	ContentItem node(Suggestion suggestion, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).item(suggestion.id()).orElseThrow();
	}

	/** The {@code SearchFilter} input. */
	record Filter(List<ContentType> types, List<DestinationKind> kind, List<String> activity, List<String> region) {
	}

	/** The {@code GeoCircle} input, checked when turned into the search's own circle. */
	record Near(double latitude, double longitude, double radiusKm) {
	}

}
