package kz.hub.pages;

import java.util.List;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.Language;

/**
 * What a destination's page shows.
 *
 * @param place the destination in the page's language, or English where untranslated
 * @param lang the language of its text when not the page's, else null
 * @param section the guide section about it, or null
 * @param guide the guide that covers it, or null
 */
record DestinationPage(Destination place, String lang, String kindLabel, List<Nearby> nearby, PageLink section,
		PageLink guide) {

	/** How far the nearby places are looked for. */
	static final double NEARBY_KM = 150;

	/** Another place and how far it is, in words. */
	record Nearby(PageLink place, String distance) {
	}

	static DestinationPage of(Destination place, Language language, Content english, Texts texts) {
		Content local = english.in(language);
		List<Nearby> nearby = local.links()
			.nearby(place, NEARBY_KM)
			.stream()
			.map(near -> new Nearby(PageLinks.to(language, near.destination(), local, english),
					texts.get("distance.km", Math.round(near.distanceKm()))))
			.toList();
		return new DestinationPage(place, PageLinks.textLang(english, place.id(), language),
				texts.get("kind." + place.kind().name()), nearby,
				PageLinks.explaining(language, place, local, english).orElse(null),
				local.links()
					.guideCovering(place)
					.map(guide -> PageLinks.to(language, guide, local, english))
					.orElse(null));
	}

}
