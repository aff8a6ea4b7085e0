package kz.hub.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kz.hub.content.translation.FacetWords;
import kz.hub.content.translation.Translations;

/**
 * One validated, immutable version of all the hub's content: its items with lookups by id
 * and type, the links between them ({@link #links()}) and its translations into other
 * languages ({@link #in(Language)}).
 */
public final class Content {

	private final List<Guide> guides;

	private final List<Permit> permits;

	private final List<Requirement> requirements;

	private final List<RequiredDocument> documents;

	private final List<ApplicationStep> steps;

	private final List<Destination> destinations;

	private final String synonyms;

	/** One-way rules from a general word to the content's words, in Solr's format. */
	private final String concepts;

	private final List<CurationRule> curation;

	private final Map<String, ContentItem> byId = new LinkedHashMap<>();

	private final String version;

	private final ContentLinks links = new ContentLinks(this);

	/**
	 * The Russian and Kazakh translations of English content; none in those translations.
	 */
	private final Translations translations;

	/**
	 * Made on first use: only the English content the hub serves needs it, not each
	 * translation or the content before its translations join it.
	 */
	private volatile FacetWords facetWords;

	/**
	 * Content made in code or loaded, without translations; only the loader checks links.
	 */
	public Content(List<Guide> guides, List<Permit> permits, List<Requirement> requirements,
			List<RequiredDocument> documents, List<ApplicationStep> steps, List<Destination> destinations,
			String synonyms, List<CurationRule> curation) {
		this(guides, permits, requirements, documents, steps, destinations, synonyms, "", curation);
	}

	/** Content with concepts beside its synonyms, as the loader reads it. */
	public Content(List<Guide> guides, List<Permit> permits, List<Requirement> requirements,
			List<RequiredDocument> documents, List<ApplicationStep> steps, List<Destination> destinations,
			String synonyms, String concepts, List<CurationRule> curation) {
		this(guides, permits, requirements, documents, steps, destinations, synonyms, concepts, curation,
				Translations.NONE);
	}

	private Content(List<Guide> guides, List<Permit> permits, List<Requirement> requirements,
			List<RequiredDocument> documents, List<ApplicationStep> steps, List<Destination> destinations,
			String synonyms, String concepts, List<CurationRule> curation, Translations translations) {
		this.translations = translations;
		this.guides = List.copyOf(guides);
		this.permits = List.copyOf(permits);
		this.requirements = List.copyOf(requirements);
		this.documents = List.copyOf(documents);
		this.steps = List.copyOf(steps);
		this.destinations = List.copyOf(destinations);
		this.synonyms = synonyms;
		this.concepts = concepts;
		this.curation = List.copyOf(curation);
		Stream.of(guides, permits, requirements, documents, steps, destinations)
			.flatMap(List::stream)
			.forEach(item -> this.byId.put(item.id(), item));
		guides.stream().flatMap(guide -> guide.sections().stream()).forEach(section -> byId.put(section.id(), section));
		this.version = ContentVersion.of(byId.values(), synonyms + concepts, this.curation, translations.byLanguage());
	}

	/**
	 * The activities and regions of this content and its translations, for facets and
	 * filters.
	 */
	public FacetWords facetWords() {
		// Two threads may both make it: the same words either way, and final fields
		// publish them whole.
		FacetWords words = facetWords;
		if (words == null) {
			words = new FacetWords(this, translations.byLanguage());
			facetWords = words;
		}
		return words;
	}

	/**
	 * Identifies this version of the content: the same content gives the same version on
	 * every replica.
	 */
	public String version() {
		return version;
	}

	/** Counts of items per kind, for health and info reports. */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("guides", guides.size());
		counts.put("sections", guides.stream().mapToInt(guide -> guide.sections().size()).sum());
		counts.put("permits", permits.size());
		counts.put("requirements", requirements.size());
		counts.put("documents", documents.size());
		counts.put("steps", steps.size());
		counts.put("destinations", destinations.size());
		return counts;
	}

	/**
	 * This content with translations into other languages made in code, e.g. a generated
	 * benchmark corpus; each translation's items share the English ids, and none is
	 * reported missing.
	 */
	public Content withTranslationsOf(Map<Language, Content> byLanguage) {
		return withTranslations(Translations.of(byLanguage));
	}

	/** This content with its translations, which the loader made from it. */
	public Content withTranslations(Translations translations) {
		return new Content(guides, permits, requirements, documents, steps, destinations, synonyms, concepts, curation,
				translations);
	}

	/**
	 * The content in a language: every item, translated where a translation exists and in
	 * English where not.
	 */
	public Content in(Language language) {
		return translations.byLanguage().getOrDefault(language, this);
	}

	/** The languages an item's text is authored in: English and its translations. */
	public Set<Language> languagesOf(String id) {
		return translations.languagesOf(id, byId.get(id));
	}

	/** The language an item answers in when a reader asks for one: it, or English. */
	public Language languageOf(String id, Language requested) {
		return languagesOf(id).contains(requested) ? requested : Language.EN;
	}

	/**
	 * Per language, the files and ids still in English only, for the health report.
	 */
	public Map<Language, List<String>> missingTranslations() {
		return translations.missing();
	}

	public List<Guide> guides() {
		return guides;
	}

	public List<Permit> permits() {
		return permits;
	}

	public List<Requirement> requirements() {
		return requirements;
	}

	public List<RequiredDocument> documents() {
		return documents;
	}

	/** The application steps in order. */
	public List<ApplicationStep> steps() {
		return steps;
	}

	/** The destinations by rank, best first. */
	public List<Destination> destinations() {
		return destinations;
	}

	/** Every item, sections included, in a stable order. */
	public List<ContentItem> items() {
		return List.copyOf(byId.values());
	}

	/** The synonym rules for search, in Solr's format; empty when index-data has none. */
	public String synonyms() {
		return synonyms;
	}

	/** The concept rules, in Solr's one-way format: {@code winter => ski}. */
	public String concepts() {
		return concepts;
	}

	/** The editors' rules for particular searches, in file order; empty when none. */
	public List<CurationRule> curation() {
		return curation;
	}

	public Optional<ContentItem> item(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The item with this id if it is of this type, else empty. */
	public <T extends ContentItem> Optional<T> item(String id, Class<T> type) {
		return item(id).filter(type::isInstance).map(type::cast);
	}

	/** The links between this content's items, in its language. */
	public ContentLinks links() {
		return links;
	}

}
