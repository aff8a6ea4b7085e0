package kz.hub.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A search as its URL states it: the typed words, the filters by their language-neutral
 * keys, the sort, the place to measure distances from, the cursor and whether the words
 * are searched as typed; each link of the results page is this form changed.
 *
 * @param near the id of the place to sort the places found by distance from, or null; a
 * search near a place is sorted by distance, whatever its {@code sort}
 * @param exact whether to search the words as typed, never correcting them: the "search
 * instead for" link of a corrected search turns it on, and its filter, sort and "more"
 * links keep it (a new search from the box is corrected again)
 */
record SearchForm(String q, List<String> type, List<String> kind, List<String> activity, List<String> region,
		String sort, String near, String after, boolean exact) {

	/** The URL parameter that searches the words as typed, when {@code 1}. */
	static final String EXACT = "exact";

	/** The filter fields, as the URL and the API's facets name them. */
	static final List<String> FIELDS = List.of("type", "kind", "activity", "region");

	SearchForm {
		type = clean(type);
		kind = clean(kind);
		activity = clean(activity);
		region = clean(region);
		near = (near == null || near.isBlank()) ? null : near.strip();
		sort = (near != null) ? "DISTANCE" : (sort == null || sort.isBlank()) ? null : sort;
		after = (after == null || after.isEmpty()) ? null : after;
	}

	/** Whether a URL parameter turns a switch on: {@code 1} or {@code true}. */
	static boolean on(String value) {
		return value != null && (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).distinct().toList();
	}

	/**
	 * Public because the template's expression calls it to repeat the filters as hidden
	 * fields.
	 */
	public List<String> values(String field) {
		return switch (field) {
			case "type" -> type;
			case "kind" -> kind;
			case "activity" -> activity;
			case "region" -> region;
			default -> throw new IllegalArgumentException("no filter " + field);
		};
	}

	boolean filtered() {
		return FIELDS.stream().anyMatch(field -> !values(field).isEmpty());
	}

	/** Whether a filter is on, ignoring case as the search's filter does. */
	boolean has(String field, String value) {
		return values(field).stream().anyMatch(on -> fold(on).equals(fold(value)));
	}

	/** This search with a filter value turned on or off, from its first page. */
	SearchForm toggle(String field, String value) {
		List<String> values = new ArrayList<>(values(field));
		if (!values.removeIf(on -> fold(on).equals(fold(value)))) {
			values.add(value);
		}
		return with(field, values);
	}

	private SearchForm with(String field, List<String> values) {
		return new SearchForm(q, field.equals("type") ? values : type, field.equals("kind") ? values : kind,
				field.equals("activity") ? values : activity, field.equals("region") ? values : region, sort, near,
				null, exact);
	}

	/** The same words without filters, from the first page. */
	SearchForm cleared() {
		return new SearchForm(q, null, null, null, null, sort, near, null, exact);
	}

	/** This search in another order, which is not by distance from a place. */
	SearchForm sorted(String by) {
		return new SearchForm(q, type, kind, activity, region, by, null, null, exact);
	}

	SearchForm after(String position) {
		return new SearchForm(q, type, kind, activity, region, sort, near, position, exact);
	}

	/** The same search with its words as typed, never corrected, from the first page. */
	SearchForm asTyped() {
		return new SearchForm(q, type, kind, activity, region, sort, near, null, true);
	}

	/**
	 * The results page of this search in a language, encoded as a GET form encodes it (a
	 * plus in the words must not read as a space).
	 */
	String href(String lang) {
		StringJoiner query = new StringJoiner("&", "/" + lang + "/search?", "");
		if (q != null) {
			query.add(param("q", q));
		}
		FIELDS.forEach(field -> values(field).forEach(value -> query.add(param(field, value))));
		if (near != null) {
			query.add(param("near", near));
		}
		else if (sort != null) {
			query.add(param("sort", sort));
		}
		if (after != null) {
			query.add(param("after", after));
		}
		if (exact) {
			query.add(param(EXACT, "1"));
		}
		return query.toString();
	}

	private static String param(String name, String value) {
		return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String fold(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

}
