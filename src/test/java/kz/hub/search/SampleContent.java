package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.DestinationKind;
import kz.hub.content.Guide;
import kz.hub.content.GuideCategory;
import kz.hub.content.Location;
import kz.hub.content.Section;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.indexing.ContentIndexer;
import kz.hub.search.indexing.SectionSubjects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * A few places and a guide made in code: small enough to know every word the index has.
 */
public final class SampleContent {

	/** The hub's own limits. */
	public static final SearchLimits LIMITS = new SearchLimits(500, 32, 20);

	public static final Location ALMATY = new Location(43.2389, 76.8897);

	public static final Location BIG_ALMATY_LAKE = new Location(43.0506, 76.9850);

	private SampleContent() {
	}

	public static Content content() {
		return content("");
	}

	public static Content content(String synonyms) {
		List<Destination> places = List.of(
				place("almaty", 1, "Almaty", DestinationKind.CITY, List.of("Alma-Ata", "Алматы"), ALMATY,
						"The largest city, under the mountains, with apple orchards and a skating rink."),
				place("astana", 2, "Astana", DestinationKind.CITY, List.of("Nur-Sultan"),
						new Location(51.1694, 71.4491), "The capital on the steppe, with towers and a river."),
				place("big-almaty-lake", 3, "Big Almaty Lake", DestinationKind.LAKE, List.of(), BIG_ALMATY_LAKE,
						"A turquoise lake in the mountains above the city."),
				place("shymbulak", 4, "Shymbulak", DestinationKind.SKI_RESORT, List.of("Chimbulak"),
						new Location(43.1283, 77.0804), "A ski resort with a gondola from the city."),
				place("charyn", 5, "Charyn Canyon", DestinationKind.CANYON, List.of(), new Location(43.3536, 79.0814),
						"A red canyon carved by the river through the steppe."));
		Section stay = new Section("residence#stay", "residence", "stay", "How long you may stay", 2,
				"A residence permit lets you stay for a year and renew it.", "<p>A residence permit</p>");
		Guide residence = new Guide("residence", "Residence in Kazakhstan", "How to live in Kazakhstan.",
				GuideCategory.RESIDENCE, List.of("permits"), List.of(), List.of(), List.of(stay));
		return new Content(List.of(residence), List.of(), List.of(), List.of(), List.of(), places, synonyms, List.of());
	}

	/**
	 * Places with activities and regions, and a travel guide with a section about Almaty,
	 * one about Charyn Canyon and one about no single place; every hit of "mountains" is
	 * known: Almaty (itself and its section), Big Almaty Lake, Charyn Canyon (only
	 * through its section) and the section on getting around.
	 */
	public static Content travel() {
		List<Destination> places = List.of(
				place("almaty", 1, "Almaty", DestinationKind.CITY, ALMATY, "Almaty", List.of("skating", "museums"),
						"The largest city, under the mountains."),
				place("astana", 2, "Astana", DestinationKind.CITY, new Location(51.1694, 71.4491), "Astana",
						List.of("museums"), "The capital on the steppe."),
				place("big-almaty-lake", 3, "Big Almaty Lake", DestinationKind.LAKE, BIG_ALMATY_LAKE, "Almaty Region",
						List.of("hiking", "picnicking"), "A turquoise lake in the mountains."),
				place("shymbulak", 4, "Shymbulak", DestinationKind.SKI_RESORT, new Location(43.1283, 77.0804),
						"Almaty Region", List.of("skiing", "Hiking"), "A ski resort with a gondola."),
				place("charyn", 5, "Charyn Canyon", DestinationKind.CANYON, new Location(43.3536, 79.0814),
						"Almaty Region", List.of("hiking", "camping"), "A red canyon carved by the river."));
		List<Section> sections = List.of(section("almaty", "Almaty", "Apple orchards below the mountains."),
				section("charyn-canyon", "Charyn Canyon", "Red walls, far from the mountains."),
				section("getting-around", "Getting around", "Buses leave for the mountains every morning."));
		Guide travel = new Guide("travel", "Travel in Kazakhstan", "Where to go.", GuideCategory.TRAVEL, List.of(),
				List.of(), List.of("almaty", "big-almaty-lake", "charyn"), sections);
		return new Content(List.of(travel), List.of(), List.of(), List.of(), List.of(), places, "", List.of());
	}

	public static SearchIndex travelIndex(long resultCacheBytes) {
		return SearchIndex.build(travel(), SearchIndex.inMemoryDirectory(), resultCacheBytes, LIMITS);
	}

	private static Section section(String anchor, String heading, String text) {
		return new Section("travel#" + anchor, "travel", anchor, heading, 2, text, "<p>" + text + "</p>");
	}

	private static Destination place(String id, int rank, String name, DestinationKind kind, Location location,
			String region, List<String> activities, String description) {
		return new Destination(id, rank, name, kind, description, description, List.of(), activities, List.of(),
				List.of(), location, region, null);
	}

	/**
	 * The sample content in an in-memory index, opened for reading; closing it frees
	 * both.
	 */
	public static DirectoryReader openReader(TextAnalysis analysis) {
		Directory directory = SearchIndex.inMemoryDirectory();
		Content content = content();
		try {
			new ContentIndexer(analysis, new SectionSubjects(content)).write(content, directory);
			return DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static SearchIndex index(long resultCacheBytes, SearchLimits limits) {
		return SearchIndex.build(content(), SearchIndex.inMemoryDirectory(), resultCacheBytes, limits);
	}

	private static Destination place(String id, int rank, String name, DestinationKind kind, List<String> aliases,
			Location location, String description) {
		return new Destination(id, rank, name, kind, description, description, List.of(), List.of(), List.of(), aliases,
				location, "Region", null);
	}

}
