package kz.hub.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads and checks the whole of index-data: any unknown id, missing or unknown field,
 * duplicate id or malformed front matter stops the load with one message naming the file,
 * line and field.
 */
public final class ContentLoader {

	static final String PERMITS = "permits.yaml";

	static final String REQUIREMENTS = "requirements.yaml";

	static final String DOCUMENTS = "documents.yaml";

	static final String STEPS = "steps.yaml";

	static final String DESTINATIONS = "destinations.yaml";

	static final String SYNONYMS = "synonyms.txt";

	static final String GUIDES = "guides/";

	private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private final YamlReader yaml = new YamlReader();

	private final GuideReader guideReader = new GuideReader(yaml);

	/**
	 * @param location a folder as a Spring resource location, e.g.
	 * {@code classpath:index-data/} or {@code file:/srv/index-data/}
	 */
	public Content load(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		List<Sourced<Permit>> permits = readList(base, PERMITS, Permit.class);
		List<Sourced<Requirement>> requirements = readList(base, REQUIREMENTS, Requirement.class);
		List<Sourced<RequiredDocument>> documents = readList(base, DOCUMENTS, RequiredDocument.class);
		List<Sourced<ApplicationStep>> steps = readList(base, STEPS, ApplicationStep.class);
		List<Sourced<Destination>> destinations = readList(base, DESTINATIONS, Destination.class);
		List<Sourced<Guide>> guides = readGuides(base);

		checkUniqueIds(permits, requirements, documents, steps, destinations, guides);
		checkUnique(steps, "order", step -> step.order());
		checkUnique(destinations, "rank", destination -> destination.rank());
		Set<String> requirementIds = ids(requirements);
		Set<String> documentIds = ids(documents);
		Set<String> stepIds = ids(steps);
		Set<String> permitIds = ids(permits);
		Set<String> destinationIds = ids(destinations);
		for (Sourced<Permit> permit : permits) {
			checkLinks(permit, "requirements", permit.item().requirementIds(), requirementIds, "requirement");
			checkLinks(permit, "documents", permit.item().documentIds(), documentIds, "document");
			checkLinks(permit, "steps", permit.item().stepIds(), stepIds, "step");
		}
		for (Sourced<Guide> guide : guides) {
			checkLinks(guide, "permits", guide.item().permitIds(), permitIds, "permit");
			checkLinks(guide, "destinations", guide.item().destinationIds(), destinationIds, "destination");
		}
		return new Content(items(guides), items(permits), items(requirements), items(documents),
				sorted(steps, Comparator.comparing(ApplicationStep::order)),
				sorted(destinations, Comparator.comparing(Destination::rank)), readSynonyms(base));
	}

	private <T> List<Sourced<T>> readList(String base, String file, Class<T> type) {
		return yaml.readList(file, open(base, file), type);
	}

	private List<Sourced<Guide>> readGuides(String base) {
		try {
			Resource[] found = resources.getResources(base + GUIDES + "*.md");
			Arrays.sort(found, Comparator.comparing(Resource::getFilename));
			List<Sourced<Guide>> guides = new ArrayList<>();
			for (Resource resource : found) {
				String file = GUIDES + resource.getFilename();
				guides.add(guideReader.read(file, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			return guides;
		}
		catch (IOException ex) {
			throw new ContentException(GUIDES, 0, null, "cannot be read from " + base + ": " + ex.getMessage());
		}
	}

	private String readSynonyms(String base) {
		Resource resource = resources.getResource(base + SYNONYMS);
		if (!resource.exists()) {
			return "";
		}
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(SYNONYMS, 0, null, "cannot be read: " + ex.getMessage());
		}
	}

	private InputStream open(String base, String file) {
		Resource resource = resources.getResource(base + file);
		try {
			return resource.getInputStream();
		}
		catch (IOException ex) {
			throw new ContentException(file, 0, null, "is missing from " + base + " (" + ex.getMessage() + ")");
		}
	}

	@SafeVarargs
	private static void checkUniqueIds(List<? extends Sourced<? extends ContentItem>>... lists) {
		Map<String, Sourced<?>> seen = new HashMap<>();
		for (List<? extends Sourced<? extends ContentItem>> list : lists) {
			for (Sourced<? extends ContentItem> sourced : list) {
				List<String> ids = new ArrayList<>(List.of(sourced.item().id()));
				if (sourced.item() instanceof Guide guide) {
					guide.sections().forEach(section -> ids.add(section.id()));
				}
				for (String id : ids) {
					Sourced<?> earlier = seen.putIfAbsent(id, sourced);
					if (earlier != null) {
						throw sourced.error("id", "duplicate id '" + id + "': " + earlier.file() + ", line "
								+ earlier.line() + " has it already; ids must be unique across all content");
					}
				}
			}
		}
	}

	private static <T> void checkUnique(List<Sourced<T>> items, String field, Function<T, Object> value) {
		Map<Object, Sourced<T>> seen = new HashMap<>();
		for (Sourced<T> sourced : items) {
			Sourced<T> earlier = seen.putIfAbsent(value.apply(sourced.item()), sourced);
			if (earlier != null) {
				throw sourced.error(field, "duplicate " + field + " " + value.apply(sourced.item()) + ": line "
						+ earlier.line() + " has it already");
			}
		}
	}

	private static void checkLinks(Sourced<?> from, String field, List<String> linked, Set<String> known, String kind) {
		for (String id : linked) {
			if (!known.contains(id)) {
				throw from.error(field, "unknown " + kind + " id '" + id + "'; known ids are "
						+ known.stream().sorted().collect(Collectors.joining(", ")));
			}
		}
	}

	private static Set<String> ids(List<? extends Sourced<? extends ContentItem>> items) {
		return items.stream().map(sourced -> sourced.item().id()).collect(Collectors.toSet());
	}

	private static <T> List<T> items(List<Sourced<T>> sourced) {
		return sourced.stream().map(Sourced::item).toList();
	}

	private static <T> List<T> sorted(List<Sourced<T>> sourced, Comparator<T> order) {
		return sourced.stream().map(Sourced::item).sorted(order).toList();
	}

}
