package kz.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/** Counts all matches of a search by type, destination kind and activity. */
final class FacetCounts {

	private static final List<String> DIMENSIONS = List.of(IndexFields.TYPE, IndexFields.KIND, IndexFields.ACTIVITY);

	/** Most values listed per facet, most frequent first. */
	private static final int MAX_FACET_VALUES = 50;

	private final SortedSetDocValuesReaderState state;

	FacetCounts(IndexReader reader, FacetsConfig config) throws IOException {
		this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
	}

	/** The counts of what the collector gathered, one facet per dimension. */
	List<SearchResults.Facet> count(FacetsCollector collector) throws IOException {
		SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
		List<SearchResults.Facet> facets = new ArrayList<>();
		for (String dimension : DIMENSIONS) {
			List<SearchResults.FacetValue> values = new ArrayList<>();
			// A corpus without destinations has no kind or activity values at all.
			if (state.getOrdRange(dimension) != null) {
				FacetResult result = counts.getTopChildren(MAX_FACET_VALUES, dimension);
				if (result != null) {
					for (LabelAndValue value : result.labelValues) {
						values.add(new SearchResults.FacetValue(value.label, value.value.intValue()));
					}
				}
			}
			facets.add(new SearchResults.Facet(dimension, values));
		}
		return facets;
	}

}
