package kz.hub.content.translation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.Language;

/**
 * The activities and regions that facets and filters name, between English, the key every
 * language shares, and the words each translation writes: a Russian reader sees
 * {@code походы} where the key is {@code hiking}, and may filter with either.
 */
public final class FacetWords {

	/** Per language, a folded English key to the translation's word. */
	private final Map<Language, Map<String, String>> labels = new EnumMap<>(Language.class);

	/** A folded word of any translation to the English key as English writes it. */
	private final Map<String, String> keys = new HashMap<>();

	public FacetWords(Content english, Map<Language, Content> byLanguage) {
		for (Language language : Language.values()) {
			labels.put(language, new HashMap<>());
		}
		for (Destination place : english.destinations()) {
			add(Language.EN, place.region(), place.region());
			place.activities().forEach(activity -> add(Language.EN, activity, activity));
			byLanguage.forEach(
					(language, translation) -> translation.item(place.id(), Destination.class).ifPresent(written -> {
						add(language, place.region(), written.region());
						List<String> activities = written.activities();
						// A translation's lists line up with the English ones, or it is
						// not used.
						for (int i = 0; i < Math.min(activities.size(), place.activities().size()); i++) {
							add(language, place.activities().get(i), activities.get(i));
						}
					}));
		}
	}

	private void add(Language language, String key, String word) {
		if (key == null || word == null) {
			return;
		}
		labels.get(language).putIfAbsent(fold(key), word);
		keys.putIfAbsent(fold(word), key);
	}

	/**
	 * How the translation in the language writes an activity or region; unknown words as
	 * given.
	 */
	public String label(String key, Language language) {
		return labels.get(language).getOrDefault(fold(key), key);
	}

	/**
	 * The English key of an activity or region written in any language; unknown words as
	 * given.
	 */
	public String key(String word) {
		return keys.getOrDefault(fold(word), word);
	}

	private static String fold(String word) {
		return word.strip().toLowerCase(Locale.ROOT);
	}

}
