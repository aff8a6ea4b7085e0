package kz.hub.content;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One validated, immutable version of all the hub's content, with lookups by id and the
 * links between items.
 */
public final class Content {

	private final List<Guide> guides;

	private final List<Permit> permits;

	private final List<Requirement> requirements;

	private final List<RequiredDocument> documents;

	private final List<ApplicationStep> steps;

	private final List<Destination> destinations;

	private final String synonyms;

	private final List<CurationRule> curation;

	private final Map<String, ContentItem> byId = new LinkedHashMap<>();

	private final String version;

	/**
	 * Made on first use: only the English content the hub serves needs it, not each
	 * edition or the content before its translations join it.
	 */
	private volatile FacetWords facetWords;

	/** The Russian and Kazakh editions of English content; empty in those editions. */
	private final Map<Language, Translator.Translation> translations;

	/**
	 * Content made in code or loaded; only {@link ContentLoader} checks links.
	 */
	public Content(List<Guide> guides, List<Permit> permits, List<Requirement> requirements,
			List<RequiredDocument> documents, List<ApplicationStep> steps, List<Destination> destinations,
			String synonyms, List<CurationRule> curation) {
		this(guides, permits, requirements, documents, steps, destinations, synonyms, curation, Map.of());
	}

	private Content(List<Guide> guides, List<Permit> permits, List<Requirement> requirements,
			List<RequiredDocument> documents, List<ApplicationStep> steps, List<Destination> destinations,
			String synonyms, List<CurationRule> curation, Map<Language, Translator.Translation> translations) {
		this.translations = Map.copyOf(translations);
		this.guides = List.copyOf(guides);
		this.permits = List.copyOf(permits);
		this.requirements = List.copyOf(requirements);
		this.documents = List.copyOf(documents);
		this.steps = List.copyOf(steps);
		this.destinations = List.copyOf(destinations);
		this.synonyms = synonyms;
		this.curation = List.copyOf(curation);
		Stream.of(guides, permits, requirements, documents, steps, destinations)
			.flatMap(List::stream)
			.forEach(item -> this.byId.put(item.id(), item));
		guides.stream().flatMap(guide -> guide.sections().stream()).forEach(section -> byId.put(section.id(), section));
		this.version = ContentVersion.of(byId.values(), synonyms, this.curation, this.translations);
	}

	/**
	 * The activities and regions of this content and its editions, for facets and
	 * filters.
	 */
	public FacetWords facetWords() {
		// Two threads may both make it: the same words either way, and final fields
		// publish them whole.
		FacetWords words = facetWords;
		if (words == null) {
			Map<Language, Content> editions = new EnumMap<>(Language.class);
			translations.forEach((language, translation) -> editions.put(language, translation.content()));
			words = new FacetWords(this, editions);
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
	 * This content with editions in other languages made in code, e.g. a generated
	 * benchmark corpus; each edition's items share the English ids, and none is reported
	 * missing.
	 */
	public Content withEditions(Map<Language, Content> editions) {
		Map<Language, Translator.Translation> translations = new EnumMap<>(Language.class);
		editions
			.forEach((language, edition) -> translations.put(language, new Translator.Translation(edition, List.of())));
		return withTranslations(translations);
	}

	/** This content with its translations, which {@link Translator} made from it. */
	Content withTranslations(Map<Language, Translator.Translation> translations) {
		return new Content(guides, permits, requirements, documents, steps, destinations, synonyms, curation,
				translations);
	}

	/**
	 * The content in a language: every item, translated where a translation exists and in
	 * English where not.
	 */
	public Content in(Language language) {
		Translator.Translation translation = translations.get(language);
		return translation == null ? this : translation.content();
	}

	/** The languages an item's text is authored in: English and its translations. */
	public Set<Language> languagesOf(String id) {
		ContentItem english = byId.get(id);
		Set<Language> languages = EnumSet.of(Language.EN);
		// An untranslated item is the English record itself in the other edition.
		translations.forEach((language, translation) -> {
			if (translation.content().byId.get(id) != english) {
				languages.add(language);
			}
		});
		return languages;
	}

	/** The language an item answers in when a reader asks for one: it, or English. */
	public Language languageOf(String id, Language requested) {
		return languagesOf(id).contains(requested) ? requested : Language.EN;
	}

	/**
	 * Per language, the files and ids still in English only, for the health report.
	 */
	public Map<Language, List<String>> missingTranslations() {
		Map<Language, List<String>> missing = new EnumMap<>(Language.class);
		translations.forEach((language, translation) -> missing.put(language, translation.missing()));
		return missing;
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

	public List<Requirement> requirementsOf(Permit permit) {
		return linked(permit.requirementIds(), Requirement.class);
	}

	public List<RequiredDocument> documentsOf(Permit permit) {
		return linked(permit.documentIds(), RequiredDocument.class);
	}

	public List<ApplicationStep> stepsOf(Permit permit) {
		return linked(permit.stepIds(), ApplicationStep.class).stream()
			.sorted(Comparator.comparing(ApplicationStep::order))
			.toList();
	}

	/** The permits that link to this requirement, document or step. */
	public List<Permit> permitsLinking(ContentItem item) {
		return permits.stream()
			.filter(permit -> permit.requirementIds().contains(item.id()) || permit.documentIds().contains(item.id())
					|| permit.stepIds().contains(item.id()))
			.toList();
	}

	public List<Permit> permitsOf(Guide guide) {
		return linked(guide.permitIds(), Permit.class);
	}

	public List<Destination> destinationsOf(Guide guide) {
		return linked(guide.destinationIds(), Destination.class).stream()
			.sorted(Comparator.comparing(Destination::rank))
			.toList();
	}

	/** The first guide, by id, that covers this permit or destination. */
	public Optional<Guide> guideCovering(ContentItem item) {
		return guides.stream()
			.filter(guide -> guide.permitIds().contains(item.id()) || guide.destinationIds().contains(item.id()))
			.findFirst();
	}

	public Guide guideOf(Section section) {
		return item(section.guideId(), Guide.class).orElseThrow();
	}

	/** The section that explains the item, when its author named one. */
	public Optional<Section> sectionOf(Explained item) {
		return Optional.ofNullable(item.sectionId()).flatMap(id -> item(id, Section.class));
	}

	/** The other destinations within the radius, nearest first. */
	public List<NearbyDestination> nearby(Destination from, double radiusKm) {
		return destinations.stream()
			.filter(other -> !other.id().equals(from.id()))
			.map(other -> new NearbyDestination(from.location().distanceKm(other.location()), other))
			.filter(near -> near.distanceKm() <= radiusKm)
			.sorted(Comparator.comparingDouble(NearbyDestination::distanceKm))
			.toList();
	}

	/** What a person with this purpose must meet, gather and do for the permit. */
	public Checklist checklist(Permit permit, Purpose purpose) {
		return new Checklist(permit, purpose, permit.suitableFor().contains(purpose), requirementsOf(permit),
				documentsOf(permit).stream().filter(document -> document.appliesTo(purpose)).toList(),
				stepsOf(permit).stream().filter(step -> step.appliesTo(purpose)).toList(), permit.maxProcessingDays());
	}

	private <T extends ContentItem> List<T> linked(List<String> ids, Class<T> type) {
		return ids.stream().map(id -> item(id, type)).flatMap(Optional::stream).toList();
	}

}
