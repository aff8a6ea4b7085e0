package kz.hub.search;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.hub.content.Destination;
import kz.hub.content.DestinationKind;
import kz.hub.content.translation.FacetWords;

/**
 * What a hit must be to be kept: the values of one field are alternatives, the fields
 * combine. An empty field keeps everything; kinds, activities and regions are facts of
 * destinations, so any of them keeps only destinations. Its tests are the one definition
 * of these rules: a search checks its hits with them, and the list of destinations its
 * places.
 *
 * @param types the content types of the hits
 * @param kinds destination kinds
 * @param activities activities a destination offers, ignoring case
 * @param regions regions a destination lies in, ignoring case
 */
public record SearchFilter(Set<ContentType> types, Set<DestinationKind> kinds, Set<String> activities,
		Set<String> regions) {

	/** Keeps every hit. */
	public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of());

	public SearchFilter {
		types = types == null ? Set.of() : Set.copyOf(types);
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		activities = folded(activities);
		regions = folded(regions);
	}

	/** A value as the filter compares it: stripped, lower case. */
	public static String fold(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

	private static Set<String> folded(Set<String> values) {
		return values == null ? Set.of()
				: values.stream().map(SearchFilter::fold).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * This filter with its activities and regions named by their English keys, whichever
	 * language the client wrote them in ({@code походы} or {@code hiking}).
	 */
	public SearchFilter inEnglish(FacetWords words) {
		return new SearchFilter(types, kinds, keys(activities, words), keys(regions, words));
	}

	private static Set<String> keys(Set<String> values, FacetWords words) {
		return values.stream().map(words::key).collect(Collectors.toUnmodifiableSet());
	}

	/** Whether a hit of this type is kept by the types. */
	public boolean keepsType(ContentType type) {
		return types.isEmpty() || types.contains(type);
	}

	/**
	 * Whether a hit of this kind is kept by the kinds.
	 * @param kind null for a hit that is no destination
	 */
	public boolean keepsKind(DestinationKind kind) {
		return kinds.isEmpty() || (kind != null && kinds.contains(kind));
	}

	/**
	 * Whether a hit offering these activities is kept by the activities: one of them is
	 * enough.
	 * @param offered none for a hit that is no destination
	 */
	public boolean keepsActivities(Collection<String> offered) {
		return activities.isEmpty() || offered.stream().map(SearchFilter::fold).anyMatch(activities::contains);
	}

	/**
	 * Whether a hit in this region is kept by the regions.
	 * @param region null for a hit that is no destination
	 */
	public boolean keepsRegion(String region) {
		return regions.isEmpty() || (region != null && regions.contains(fold(region)));
	}

	/**
	 * Whether the destination is kept: the same tests a search applies to its hits, for
	 * lists of destinations that are not searched.
	 */
	public boolean accepts(Destination destination) {
		return keepsType(ContentType.DESTINATION) && keepsKind(destination.kind())
				&& keepsActivities(destination.activities()) && keepsRegion(destination.region());
	}

	/**
	 * This filter, refused when it names an activity or region no destination has: a typo
	 * would otherwise look like an empty answer.
	 */
	public SearchFilter requireKnown(Collection<Destination> destinations) {
		Set<String> knownActivities = new TreeSet<>();
		Set<String> knownRegions = new TreeSet<>();
		for (Destination destination : destinations) {
			destination.activities().forEach(activity -> knownActivities.add(fold(activity)));
			knownRegions.add(fold(destination.region()));
		}
		return requireKnown(knownActivities, knownRegions);
	}

	/**
	 * This filter, refused when it names an activity or region not among those known.
	 * @param knownActivities every activity of a destination, folded
	 * @param knownRegions every region of a destination, folded
	 */
	public SearchFilter requireKnown(Set<String> knownActivities, Set<String> knownRegions) {
		requireKnown("activity", activities, knownActivities);
		requireKnown("region", regions, knownRegions);
		return this;
	}

	private static void requireKnown(String field, Set<String> asked, Set<String> known) {
		for (String value : asked) {
			if (!known.contains(value)) {
				throw unknown(field, value, known);
			}
		}
	}

	private static InvalidQueryException unknown(String field, String value, Collection<String> known) {
		String listed = known.stream().sorted().limit(30).collect(Collectors.joining(", "));
		return new InvalidQueryException("filter." + field + " '" + value + "' is no destination's " + field
				+ "; known values: " + listed + (known.size() > 30 ? ", …" : ""));
	}

}
