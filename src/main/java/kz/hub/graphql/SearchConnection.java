package kz.hub.graphql;

import java.util.List;

import kz.hub.content.ContentItem;
import kz.hub.content.Language;
import kz.hub.content.Section;
import kz.hub.search.SearchResults;

/**
 * One page of search hits as a Relay-style connection, with the facts about all matches
 * and the sentence that answers the query when it is a question (or null).
 */
record SearchConnection(int totalCount, String correctedQuery, List<Edge> edges, List<SearchResults.Facet> facets,
		PageInfo pageInfo, SearchResults.Answer answer) {

	/**
	 * One hit: its node, the matching guide sections about it, whether an editor pinned
	 * it, and the language all of them answer in.
	 */
	record Edge(String cursor, double score, Double distanceKm, List<SearchResults.Highlight> highlights,
			ContentItem node, List<Section> sections, boolean pinned, Language language) {
	}

}
