package kz.hub.pages;

import java.util.ArrayList;
import java.util.List;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.Language;
import kz.hub.pages.map.KazakhstanMap;
import kz.hub.pages.map.MapPoint;

/**
 * What a destination's page shows.
 *
 * @param place the destination in the page's language, or English where untranslated
 * @param lang the language of its text when not the page's, else null
 * @param section the guide section about it, or null
 * @param guide the guide that covers it, or null
 * @param map the place and the places near it on an inline map of Kazakhstan, as SVG
 * markup whose every text is escaped
 */
record DestinationPage(Destination place, String lang, String kindLabel, List<Nearby> nearby, PageLink section,
		PageLink guide, String map) {

	/** How far the nearby places are looked for. */
	static final double NEARBY_KM = 150;

	/** Another place and how far it is, in words. */
	record Nearby(PageLink place, String distance, Destination destination) {
	}

	static DestinationPage of(Destination place, Language language, Content english, Texts texts) {
		Content local = english.in(language);
		List<Nearby> nearby = local.links()
			.nearby(place, NEARBY_KM)
			.stream()
			.map(near -> new Nearby(PageLinks.to(language, near.destination(), local, english),
					texts.get("distance.km", Math.round(near.distanceKm())), near.destination()))
			.toList();
		List<MapPoint> points = new ArrayList<>();
		points.add(point(place, PageLinks.to(language, place, local, english)));
		nearby.forEach(near -> points.add(point(near.destination(), near.place())));
		return new DestinationPage(place, PageLinks.textLang(english, place.id(), language),
				texts.get("kind." + place.kind().name()), nearby,
				PageLinks.explaining(language, place, local, english).orElse(null),
				local.links()
					.guideCovering(place)
					.map(guide -> PageLinks.to(language, guide, local, english))
					.orElse(null),
				KazakhstanMap.instance().render(texts.get("destination.map", place.name()), points));
	}

	private static MapPoint point(Destination place, PageLink link) {
		return new MapPoint(place.id(), link.text(), place.location().latitude(), place.location().longitude(),
				link.href());
	}

}
