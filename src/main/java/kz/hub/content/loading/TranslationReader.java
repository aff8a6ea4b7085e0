package kz.hub.content.loading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.translation.Translations;

/**
 * Reads the translation files beside each English file ({@code permits.ru.yaml},
 * {@code guides/<id>.kk.md}, ...) and makes the Russian and Kazakh translations of the
 * English content from them. An item without a translation keeps its English text and is
 * reported as missing, and so does one whose lists no longer line up with the English
 * ones; a translation that names an unknown id, lacks a field or has other headings than
 * the English guide stops the load.
 */
final class TranslationReader {

	private final YamlReader yaml = new YamlReader();

	private final GuideReader guideReader = new GuideReader(yaml);

	/** The translations of the English content in every translated language. */
	Translations read(Content english, ContentFiles files) {
		Map<Language, Content> translations = new EnumMap<>(Language.class);
		Map<Language, List<String>> missing = new EnumMap<>(Language.class);
		for (Language language : Language.translated()) {
			List<String> untranslated = new ArrayList<>();
			translations.put(language, translate(english, language, files, untranslated));
			missing.put(language, List.copyOf(untranslated));
		}
		return new Translations(translations, missing);
	}

	/** The translation in one language; adds the items it still has in English only. */
	private Content translate(Content english, Language language, ContentFiles files, List<String> missing) {
		List<Permit> permits = translate(ContentFile.PERMITS.path(), language, files, english.permits(),
				TranslatedText.OfPermit.class, TranslationReader::permit, missing);
		List<Requirement> requirements = translate(ContentFile.REQUIREMENTS.path(), language, files,
				english.requirements(), TranslatedText.OfRequirement.class, TranslationReader::requirement, missing);
		List<RequiredDocument> documents = translate(ContentFile.DOCUMENTS.path(), language, files, english.documents(),
				TranslatedText.OfDocument.class, TranslationReader::document, missing);
		List<ApplicationStep> steps = translate(ContentFile.STEPS.path(), language, files, english.steps(),
				TranslatedText.OfStep.class, TranslationReader::step, missing);
		List<Destination> destinations = translate(ContentFile.DESTINATIONS.path(), language, files,
				english.destinations(), TranslatedText.OfDestination.class, TranslationReader::destination, missing);
		List<Guide> guides = new ArrayList<>();
		for (Guide guide : english.guides()) {
			String file = ContentFile.GUIDES + guide.id() + "." + language.tag() + ".md";
			guides.add(files.readIfPresent(file)
				.map(text -> guideReader.readTranslation(file, text, guide))
				.orElseGet(() -> {
					missing.add(ContentFile.GUIDES + guide.id() + ".md");
					return guide;
				}));
		}
		return new Content(guides, permits, requirements, documents, steps, destinations,
				ContentLoader.synonyms(files, language), ContentLoader.concepts(files, language), english.curation());
	}

	/**
	 * The English items with the translated text of those the file translates, in the
	 * English order.
	 */
	private <T extends ContentItem, X extends Record & TranslatedText> List<T> translate(String englishFile,
			Language language, ContentFiles files, List<T> english, Class<X> textType,
			BiFunction<T, Sourced<X>, T> apply, List<String> missing) {
		String file = ContentFiles.translationOf(englishFile, language);
		List<Sourced<X>> texts = yaml.readList(file, files.readIfPresent(file).orElse(""), textType);
		Map<String, T> byId = english.stream().collect(Collectors.toMap(ContentItem::id, Function.identity()));
		Map<String, Sourced<X>> textById = new HashMap<>();
		for (Sourced<X> text : texts) {
			String id = text.item().id();
			if (!byId.containsKey(id)) {
				throw text.error("id",
						"translates '" + id + "', which " + englishFile + " does not have; known ids are "
								+ english.stream().map(ContentItem::id).sorted().collect(Collectors.joining(", ")));
			}
			Sourced<X> earlier = textById.putIfAbsent(id, text);
			if (earlier != null) {
				throw text.error("id", "'" + id + "' is translated twice: line " + earlier.line() + " has it already");
			}
		}
		Map<String, T> translated = new LinkedHashMap<>();
		for (T item : english) {
			Sourced<X> text = textById.get(item.id());
			if (text == null) {
				missing.add(englishFile + ": " + item.id());
				translated.put(item.id(), item);
			}
			else {
				try {
					translated.put(item.id(), apply.apply(item, text));
				}
				catch (OutdatedTranslation outdated) {
					missing.add(outdated.getMessage());
					translated.put(item.id(), item);
				}
			}
		}
		return List.copyOf(translated.values());
	}

	private static Permit permit(Permit p, Sourced<TranslatedText.OfPermit> sourced) {
		TranslatedText.OfPermit t = sourced.item();
		return new Permit(p.id(), t.name(), p.kind(), t.summary(), t.description(), p.validity(), p.suitableFor(),
				t.issuingAuthority(), p.maxProcessingDays(), p.requirementIds(), p.documentIds(), p.stepIds(),
				p.sectionId());
	}

	private static Requirement requirement(Requirement r, Sourced<TranslatedText.OfRequirement> sourced) {
		TranslatedText.OfRequirement t = sourced.item();
		return new Requirement(r.id(), t.title(), t.description(), r.minimumAge(), r.validReasons(), r.sectionId());
	}

	private static RequiredDocument document(RequiredDocument d, Sourced<TranslatedText.OfDocument> sourced) {
		TranslatedText.OfDocument t = sourced.item();
		return new RequiredDocument(d.id(), t.name(), t.description(), d.minimumValidityMonths(), d.requiredFor(),
				d.sectionId());
	}

	private static ApplicationStep step(ApplicationStep s, Sourced<TranslatedText.OfStep> sourced) {
		TranslatedText.OfStep t = sourced.item();
		return new ApplicationStep(s.id(), s.order(), t.title(), t.description(), s.requiredFor(), s.sectionId());
	}

	private static Destination destination(Destination d, Sourced<TranslatedText.OfDestination> sourced) {
		TranslatedText.OfDestination t = sourced.item();
		sameLength(sourced, "attractions", d.attractions(), t.attractions());
		sameLength(sourced, "activities", d.activities(), t.activities());
		sameLength(sourced, "wildlife", d.wildlife(), t.wildlife());
		return new Destination(d.id(), d.rank(), t.name(), d.kind(), t.summary(), t.description(), t.attractions(),
				t.activities(), t.wildlife(), d.aliases(), d.location(), t.region(), d.sectionId());
	}

	/**
	 * Filters and facets pair a translated list entry with the English one at the same
	 * place, so the lists must line up. When an author has changed the English list, the
	 * item answers in English until its translation follows: a translation never stops an
	 * English edit.
	 */
	private static void sameLength(Sourced<?> text, String field, List<String> english, List<String> translated) {
		if (english.size() != translated.size()) {
			throw new OutdatedTranslation(text.error(field,
					"has " + translated.size() + " entries but the English item has " + english.size() + " " + english
							+ "; translate each entry once, in the same order (answered in English until then)"));
		}
	}

	/** A translation that no longer matches its English item. */
	private static final class OutdatedTranslation extends RuntimeException {

		OutdatedTranslation(ContentException where) {
			super(where.getMessage(), null, false, false);
		}

	}

}
