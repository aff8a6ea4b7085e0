package kz.hub.pages;

import java.util.List;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.Language;
import kz.hub.pages.map.KazakhstanMap;
import kz.hub.pages.map.MapPoint;
import kz.hub.search.SearchResults;

/** The places a search found, on the inline map of Kazakhstan. */
final class SearchMap {

	private SearchMap() {
	}

	/** The map's SVG markup, or null when the page of results holds no place. */
	static String of(SearchResults results, Language language, Content english, Texts texts) {
		Content local = english.in(language);
		List<MapPoint> points = results.hits()
			.stream()
			.flatMap(hit -> local.item(hit.id(), Destination.class).stream())
			.map(place -> {
				PageLink link = PageLinks.to(language, place, local, english);
				return new MapPoint(place.id(), link.text(), place.location().latitude(), place.location().longitude(),
						link.href());
			})
			.toList();
		return points.isEmpty() ? null : KazakhstanMap.instance().render(texts.get("search.map"), points);
	}

}
