package kz.hub.content.loading;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.CurationRule;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;

/**
 * Loads and checks the whole of index-data: any unknown id, missing, blank or unknown
 * field, malformed or duplicate id, over-long name, malformed front matter, file that is
 * not UTF-8, link out of the folder, or file or list over its {@link ContentLimits} stops
 * the load with one message naming the file, line and field.
 */
public final class ContentLoader {

	private final YamlReader yaml = new YamlReader();

	private final GuideReader guideReader = new GuideReader(yaml);

	private final TranslationReader translations = new TranslationReader();

	/**
	 * A file name with a language before its extension: {@code permits.ru.yaml},
	 * {@code guides/top-places-to-visit.kk.md}.
	 */
	private static final Pattern TRANSLATION = Pattern
		.compile("(.+)\\.([A-Za-z]{2,3}(?:-[A-Za-z]+)?)(\\.(?:yaml|txt|md))");

	/**
	 * @param location a folder as a Spring resource location, e.g.
	 * {@code classpath:index-data/} or {@code file:/srv/index-data/}, or a plain path to
	 * a folder on disk, e.g. {@code /srv/index-data}
	 */
	public Content load(String location) {
		ContentFiles files = new ContentFiles(location);
		List<Sourced<Permit>> permits = read(files, ContentFile.PERMITS, Permit.class);
		List<Sourced<Requirement>> requirements = read(files, ContentFile.REQUIREMENTS, Requirement.class);
		List<Sourced<RequiredDocument>> documents = read(files, ContentFile.DOCUMENTS, RequiredDocument.class);
		List<Sourced<ApplicationStep>> steps = read(files, ContentFile.STEPS, ApplicationStep.class);
		List<Sourced<Destination>> destinations = read(files, ContentFile.DESTINATIONS, Destination.class);
		checkTranslationNames(files);
		List<Sourced<Guide>> guides = files.list(ContentFile.GUIDES, ".md")
			.stream()
			.filter(file -> !TRANSLATION.matcher(file).matches())
			.map(file -> guideReader.read(file, files.read(file)))
			.toList();

		ContentChecks.checkUniqueIds(permits, requirements, documents, steps, destinations, guides);
		ContentChecks.checkUnique(steps, "order", step -> step.order());
		ContentChecks.checkUnique(destinations, "rank", destination -> destination.rank());
		Set<String> requirementIds = ContentChecks.ids(requirements);
		Set<String> documentIds = ContentChecks.ids(documents);
		Set<String> stepIds = ContentChecks.ids(steps);
		Set<String> permitIds = ContentChecks.ids(permits);
		Set<String> destinationIds = ContentChecks.ids(destinations);
		for (Sourced<Permit> permit : permits) {
			ContentChecks.checkLinks(permit, "requirements", permit.item().requirementIds(), requirementIds,
					"requirement");
			ContentChecks.checkLinks(permit, "documents", permit.item().documentIds(), documentIds, "document");
			ContentChecks.checkLinks(permit, "steps", permit.item().stepIds(), stepIds, "step");
		}
		for (Sourced<Guide> guide : guides) {
			ContentChecks.checkLinks(guide, "permits", guide.item().permitIds(), permitIds, "permit");
			ContentChecks.checkLinks(guide, "destinations", guide.item().destinationIds(), destinationIds,
					"destination");
		}
		Set<String> sectionIds = guides.stream()
			.flatMap(guide -> guide.item().sections().stream())
			.map(Section::id)
			.collect(Collectors.toSet());
		Stream.of(permits, requirements, documents, steps, destinations)
			.flatMap(List::stream)
			.forEach(item -> ContentChecks.checkSection(item, sectionIds));
		List<Sourced<CurationRule>> curation = yaml.readList(ContentFile.CURATION.path(),
				files.readIfPresent(ContentFile.CURATION.path()).orElse(""), CurationRule.class);
		Set<String> itemIds = new HashSet<>(sectionIds);
		Stream
			.of(ContentChecks.ids(permits), ContentChecks.ids(requirements), ContentChecks.ids(documents),
					ContentChecks.ids(steps), ContentChecks.ids(destinations), ContentChecks.ids(guides))
			.forEach(itemIds::addAll);
		curation.forEach(rule -> ContentChecks.checkRule(rule, itemIds));
		Content english = new Content(items(guides), items(permits), items(requirements), items(documents),
				sorted(steps, Comparator.comparing(ApplicationStep::order)),
				sorted(destinations, Comparator.comparing(Destination::rank)), synonyms(files, Language.EN),
				concepts(files, Language.EN), items(curation));
		return english.withTranslations(translations.read(english, files));
	}

	/** A language's synonym rules, empty when it has none. */
	static String synonyms(ContentFiles files, Language language) {
		String file = ContentFile.SYNONYMS.pathIn(language);
		return ContentLimits.synonymRules(file, files.readIfPresent(file).orElse(""));
	}

	/** A language's concept rules, empty when it has none. */
	static String concepts(ContentFiles files, Language language) {
		String file = ContentFile.CONCEPTS.pathIn(language);
		return ContentLimits.synonymRules(file, files.readIfPresent(file).orElse(""));
	}

	private <T extends Record> List<Sourced<T>> read(ContentFiles files, ContentFile file, Class<T> type) {
		return yaml.readList(file.path(), files.read(file.path()), type);
	}

	/**
	 * A translation is named after its English file and a known language; any other name
	 * with a language in it is a mistake the author should see, not a file the hub
	 * silently skips.
	 */
	private static void checkTranslationNames(ContentFiles files) {
		Set<String> englishFiles = ContentFile.translated();
		Stream.of(files.list("", ".yaml"), files.list("", ".txt"), files.list(ContentFile.GUIDES, ".md"))
			.flatMap(List::stream)
			.forEach(file -> {
				Matcher name = TRANSLATION.matcher(file);
				if (!name.matches()) {
					return;
				}
				String tag = name.group(2);
				String englishFile = name.group(1) + name.group(3);
				Optional<Language> language = Language.ofTag(tag);
				if (language.isEmpty() || language.get() == Language.EN) {
					throw new ContentException(file, 0, null,
							"'" + tag + "' is not a language of translations; name a translation "
									+ englishFile.replaceFirst("(\\.[a-z]+)$", ".ru$1") + " (Russian) or "
									+ englishFile.replaceFirst("(\\.[a-z]+)$", ".kk$1")
									+ " (Kazakh); English text belongs in " + englishFile);
				}
				if (!file.startsWith(ContentFile.GUIDES) && !englishFiles.contains(englishFile)) {
					throw new ContentException(file, 0, null, "translates " + englishFile
							+ ", which is not a content file; translations exist for " + englishFiles);
				}
			});
	}

	private static <T> List<T> items(List<Sourced<T>> sourced) {
		return sourced.stream().map(Sourced::item).toList();
	}

	private static <T> List<T> sorted(List<Sourced<T>> sourced, Comparator<T> order) {
		return sourced.stream().map(Sourced::item).sorted(order).toList();
	}

}
