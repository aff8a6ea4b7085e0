package kz.hub.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import kz.hub.content.Content;
import kz.hub.content.Language;
import kz.hub.content.translation.FacetWords;
import kz.hub.search.SearchResults;
import kz.hub.search.SearchSort;

/** The filters, active-filter chips and sort links of one results page. */
record SearchFacets(SearchForm form, Language language, FacetWords words, Texts texts) {

	List<SearchPage.FacetGroup> groups(List<SearchResults.Facet> facets) {
		return facets.stream()
			.filter(facet -> !facet.values().isEmpty())
			.map(facet -> new SearchPage.FacetGroup(facet.field(), texts.get("facet." + facet.field()),
					facet.values()
						.stream()
						.map(value -> new SearchPage.FacetOption(label(facet.field(), value.value()), value.count(),
								form.has(facet.field(), value.value()),
								form.toggle(facet.field(), value.value()).href(language.tag())))
						.toList()))
			.toList();
	}

	List<SearchPage.Chip> chips() {
		List<SearchPage.Chip> chips = new ArrayList<>();
		for (String field : SearchForm.FIELDS) {
			for (String value : form.values(field)) {
				chips.add(new SearchPage.Chip(texts.get("facet." + field) + ": " + label(field, value),
						form.toggle(field, value).href(language.tag())));
			}
		}
		return chips;
	}

	/**
	 * Relevance and rank as links; distance needs a place to measure from, chosen in
	 * {@link #nearOptions}.
	 */
	List<SearchPage.SortOption> sorts() {
		SearchSort current = form.sort() == null ? SearchSort.RELEVANCE
				: SearchSort.valueOf(form.sort().strip().toUpperCase(Locale.ROOT));
		return List.of(SearchSort.RELEVANCE, SearchSort.RANK)
			.stream()
			.map(sort -> new SearchPage.SortOption(texts.get("sort." + sort.name()),
					form.sorted(sort == SearchSort.RELEVANCE ? null : sort.name()).href(language.tag()),
					sort == current))
			.toList();
	}

	/** Every place, by its name in the page's language, the one sorted from selected. */
	List<SearchPage.NearOption> nearOptions(Content local) {
		Collator byName = Collator.getInstance(Locale.forLanguageTag(language.tag()));
		return local.destinations()
			.stream()
			.map(place -> new SearchPage.NearOption(place.id(), place.name(), place.id().equals(form.near())))
			.sorted(Comparator.comparing(SearchPage.NearOption::label, byName))
			.toList();
	}

	/**
	 * A value in the page's language: types and kinds from the interface texts,
	 * activities and regions as the content's edition writes them.
	 */
	private String label(String field, String value) {
		return switch (field) {
			case "type", "kind" -> texts.get(field + "." + value.strip().toUpperCase(Locale.ROOT));
			default -> words.label(value, language);
		};
	}

}
