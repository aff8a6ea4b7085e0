package kz.hub.pages;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.DestinationKind;
import kz.hub.content.Language;
import kz.hub.insights.SearchLog;
import kz.hub.live.Edition;
import kz.hub.live.LiveContent;
import kz.hub.search.ContentType;
import kz.hub.search.GeoCircle;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchFilter;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.SearchSort;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs the search a page's URL asks for through the search API the GraphQL search uses,
 * and turns its answer, or what was wrong with the request, into the page.
 */
@Component
class SearchPages {

	static final int PAGE_SIZE = 10;

	/** The places and permits offered when there is nothing, or nothing found, yet. */
	private static final int TOP_PLACES = 5;

	private final LiveContent live;

	private final MessageSource messages;

	private final SearchLog searchLog;

	SearchPages(LiveContent live, MessageSource messages, SearchLog searchLog) {
		this.live = live;
		this.messages = messages;
		this.searchLog = searchLog;
	}

	SearchPage page(Language language, SearchForm form) {
		Edition edition = live.current();
		Content english = edition.content();
		Content local = english.in(language);
		Texts texts = new Texts(messages, language);
		List<PageLink> places = local.destinations()
			.stream()
			.limit(TOP_PLACES)
			.map(place -> PageLinks.to(language, place, local, english))
			.toList();
		List<PageLink> permits = local.permits()
			.stream()
			.map(permit -> PageLinks.to(language, permit, local, english))
			.toList();
		SearchPage nothing = new SearchPage(form, false, null, null, null, 0, null, null, List.of(), List.of(),
				List.of(), null, List.of(), List.of(), null, places, permits, null);
		if (form.q() == null && !form.filtered() && form.after() == null) {
			return nothing;
		}
		SearchResults results;
		try {
			results = edition.index().search(request(form, language, english, texts));
		}
		catch (RefusedInput refused) {
			return failed(nothing, refused.getMessage(), null);
		}
		catch (InvalidQueryException invalid) {
			return failed(nothing, texts.get("search.error.invalid"), invalid.getMessage());
		}
		if (form.after() == null) {
			searchLog.record(english.version(), form.q(), results.totalCount(), results.correctedQuery() != null);
		}
		SearchFacets facets = new SearchFacets(form, language, english.facetWords(), texts);
		String more = (results.hasNextPage() && !results.hits().isEmpty())
				? form.after(results.hits().getLast().position()).href(language.tag()) : null;
		return new SearchPage(form, true, null, null, texts.count("search.count", results.totalCount()),
				results.totalCount(), results.correctedQuery(),
				results.correctedQuery() == null ? null : form.asTyped().href(language.tag()),
				SearchCards.of(results, language, english, texts), facets.groups(results.facets()), facets.chips(),
				form.cleared().href(language.tag()), facets.sorts(), facets.nearOptions(local), more, places, permits,
				SearchMap.of(results, language, english, texts), AnswerQuote.of(results, language, english));
	}

	private static SearchPage failed(SearchPage nothing, String error, String detail) {
		return new SearchPage(nothing.form(), false, error, detail, null, 0, null, null, List.of(), List.of(),
				List.of(), null, List.of(), List.of(), null, nothing.topPlaces(), nothing.permits(), null);
	}

	/**
	 * The API's request; values the URL cannot hold are refused here in the reader's
	 * words, everything else (length, words, cursor, known regions) by the search itself.
	 */
	private static SearchRequest request(SearchForm form, Language language, Content english, Texts texts) {
		if (form.q() == null || form.q().isBlank()) {
			throw new RefusedInput(texts.get("search.error.empty"));
		}
		Set<ContentType> types = EnumSet.noneOf(ContentType.class);
		form.type().forEach(type -> types.add(constant(ContentType.class, "type", type, texts)));
		Set<DestinationKind> kinds = EnumSet.noneOf(DestinationKind.class);
		form.kind().forEach(kind -> kinds.add(constant(DestinationKind.class, "kind", kind, texts)));
		SearchSort sort = form.sort() == null ? SearchSort.RELEVANCE
				: constant(SearchSort.class, "sort", form.sort(), texts);
		GeoCircle near = null;
		if (sort == SearchSort.DISTANCE) {
			if (form.near() == null) {
				throw new RefusedInput(texts.get("search.error.nearMissing"));
			}
			Destination place = english.item(form.near(), Destination.class)
				.orElseThrow(() -> new RefusedInput(texts.get("search.error.near", form.near())));
			near = GeoCircle.around(place.location().latitude(), place.location().longitude());
		}
		SearchFilter filter = new SearchFilter(types, kinds, new HashSet<>(form.activity()),
				new HashSet<>(form.region()))
			.inEnglish(english.facetWords());
		return new SearchRequest(form.q(), filter, near, sort, PAGE_SIZE, form.after(), true, true, language,
				form.exact());
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String field, String value, Texts texts) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new RefusedInput(texts.get("search.error.value", texts.get("facet." + field), value));
		}
	}

	/**
	 * A request the page refuses before searching, with the reason in the page's
	 * language.
	 */
	private static final class RefusedInput extends RuntimeException {

		RefusedInput(String message) {
			super(message, null, false, false);
		}

	}

}
