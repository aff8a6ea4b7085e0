package kz.hub.search.hits;

import java.util.List;
import java.util.Set;

import kz.hub.content.DestinationKind;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SampleContent;
import kz.hub.search.SearchFilter;
import kz.hub.search.SearchIndex;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.SearchSort;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One hit per place: an item and the sections about it, searched as one, on the travel
 * sample.
 */
class HitCatalogTest {

	@AutoClose
	static final SearchIndex index = SampleContent.travelIndex(0);

	static SearchResults search(String text, SearchFilter filter) {
		return index.search(new SearchRequest(text, filter, null, SearchSort.RELEVANCE, 10, null, true, true, null));
	}

	@Test
	void placeAndTheSectionAboutItAreOneHitWithTheSectionListed() {
		SearchResults results = search("mountains", SearchFilter.NONE);
		assertThat(results.hits()).extracting(SearchResults.Hit::id)
			.containsExactlyInAnyOrder("almaty", "big-almaty-lake", "charyn", "travel#getting-around");
		assertThat(results.totalCount()).isEqualTo(4);
		SearchResults.Hit almaty = hit(results, "almaty");
		assertThat(almaty.sectionIds()).containsExactly("travel#almaty");
		assertThat(almaty.highlights()).extracting(SearchResults.Highlight::sectionId)
			.containsExactly(null, "travel#almaty");
		assertThat(almaty.highlights().getLast().snippet()).contains("<mark>mountains</mark>");
	}

	@Test
	void placeFoundOnlyThroughItsSectionIsTheHitWithTheSectionsScore() {
		SearchResults results = search("walls", SearchFilter.NONE);
		assertThat(results.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo("charyn");
			assertThat(hit.sectionIds()).containsExactly("travel#charyn-canyon");
			assertThat(hit.highlights()).extracting(SearchResults.Highlight::sectionId)
				.containsOnly("travel#charyn-canyon");
		});
	}

	@Test
	void sectionAboutNoSingleItemStaysAHitOfItsOwn() {
		assertThat(hit(search("buses", SearchFilter.NONE), "travel#getting-around").sectionIds()).isEmpty();
	}

	@Test
	void typeFacetCountsEachHitOnce() {
		SearchResults results = search("mountains", SearchFilter.NONE);
		assertThat(facet(results, "type")).containsExactly(new SearchResults.FacetValue("DESTINATION", 3),
				new SearchResults.FacetValue("SECTION", 1));
	}

	@Test
	void valuesOfOneFieldAreAlternativesAndFieldsCombine() {
		SearchFilter lakesOrCanyonsForHiking = new SearchFilter(null,
				Set.of(DestinationKind.LAKE, DestinationKind.CANYON, DestinationKind.CITY), Set.of("HIKING"), null);
		assertThat(search("mountains", lakesOrCanyonsForHiking).hits()).extracting(SearchResults.Hit::id)
			.containsExactlyInAnyOrder("big-almaty-lake", "charyn");
		assertThat(search("mountains", new SearchFilter(null, null, null, Set.of("almaty region"))).hits())
			.extracting(SearchResults.Hit::id)
			.containsExactlyInAnyOrder("big-almaty-lake", "charyn");
	}

	@Test
	void kindFacetCountsTheOtherKindsWhileOneIsSelected() {
		SearchResults results = search("mountains", new SearchFilter(null, Set.of(DestinationKind.LAKE), null, null));
		assertThat(results.totalCount()).isOne();
		assertThat(facet(results, "kind")).containsExactly(new SearchResults.FacetValue("CANYON", 1),
				new SearchResults.FacetValue("CITY", 1), new SearchResults.FacetValue("LAKE", 1));
	}

	@Test
	void otherFacetsCountUnderTheWholeFilter() {
		SearchResults results = search("mountains", new SearchFilter(null, Set.of(DestinationKind.LAKE), null, null));
		assertThat(facet(results, "activity")).containsExactly(new SearchResults.FacetValue("hiking", 1),
				new SearchResults.FacetValue("picnicking", 1));
		assertThat(facet(results, "region")).containsExactly(new SearchResults.FacetValue("Almaty Region", 1));
		assertThat(facet(results, "type")).containsExactly(new SearchResults.FacetValue("DESTINATION", 1));
	}

	@Test
	void activityFacetCountsTheOtherActivitiesUnderTheKind() {
		SearchResults results = search("mountains",
				new SearchFilter(null, Set.of(DestinationKind.CANYON), Set.of("picnicking"), null));
		assertThat(results.totalCount()).isZero();
		assertThat(facet(results, "activity")).containsExactly(new SearchResults.FacetValue("camping", 1),
				new SearchResults.FacetValue("hiking", 1));
	}

	@Test
	void unknownActivityIsRefusedNamingIt() {
		assertThatThrownBy(() -> search("mountains", new SearchFilter(null, null, Set.of("surfing"), null)))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageStartingWith("filter.activity 'surfing' is no destination's activity; known values: ")
			.hasMessageContaining("hiking");
	}

	@Test
	void unknownRegionIsRefusedNamingIt() {
		assertThatThrownBy(() -> search("mountains", new SearchFilter(null, null, null, Set.of("Mars"))))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageStartingWith("filter.region 'mars' is no destination's region");
	}

	private static SearchResults.Hit hit(SearchResults results, String id) {
		return results.hits().stream().filter(hit -> hit.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<SearchResults.FacetValue> facet(SearchResults results, String field) {
		return results.facets()
			.stream()
			.filter(facet -> facet.field().equals(field))
			.findFirst()
			.orElseThrow()
			.values();
	}

}
