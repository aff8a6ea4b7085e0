package kz.hub.content.translation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Language;

/**
 * The Russian and Kazakh translations of English content, and the items each still has in
 * English only. A translation shares the English ids; an untranslated item in it is the
 * English record itself.
 */
public final class Translations {

	/**
	 * No translations: content made in code before its translations join it, or a
	 * translation itself.
	 */
	public static final Translations NONE = new Translations(Map.of(), Map.of());

	private final Map<Language, Content> byLanguage;

	private final Map<Language, List<String>> missing;

	/**
	 * @param byLanguage the content per translated language
	 * @param missing per language, the files and ids still in English only
	 */
	public Translations(Map<Language, Content> byLanguage, Map<Language, List<String>> missing) {
		// In the languages' order, so facet words and versions never depend on a map's.
		this.byLanguage = inOrder(byLanguage);
		this.missing = inOrder(missing);
	}

	/**
	 * Translations made in code, e.g. a generated benchmark corpus: none reported
	 * missing.
	 */
	public static Translations of(Map<Language, Content> byLanguage) {
		Map<Language, List<String>> missing = new EnumMap<>(Language.class);
		byLanguage.keySet().forEach(language -> missing.put(language, List.of()));
		return new Translations(byLanguage, missing);
	}

	/** The content per translated language, in the languages' order. */
	public Map<Language, Content> byLanguage() {
		return byLanguage;
	}

	/** Per language, the files and ids still in English only. */
	public Map<Language, List<String>> missing() {
		return missing;
	}

	/**
	 * The languages an item's text is authored in: English and the byLanguage whose item
	 * is not the English one.
	 */
	public Set<Language> languagesOf(String id, ContentItem english) {
		Set<Language> languages = EnumSet.of(Language.EN);
		byLanguage.forEach((language, translation) -> {
			if (translation.item(id).orElse(null) != english) {
				languages.add(language);
			}
		});
		return languages;
	}

	private static <V> Map<Language, V> inOrder(Map<Language, V> map) {
		Map<Language, V> ordered = new EnumMap<>(Language.class);
		ordered.putAll(map);
		return Collections.unmodifiableMap(ordered);
	}

}
