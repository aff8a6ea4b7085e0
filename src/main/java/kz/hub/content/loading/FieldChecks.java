package kz.hub.content.loading;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The rules every item read from index-data meets, driven by its record's fields: a field
 * is required unless marked {@link Nullable}, text is never blank, ids are slugs, and
 * names and list entries are short enough to be indexed as terms and facets.
 */
final class FieldChecks {

	static final int MAX_ID_LENGTH = 100;

	/**
	 * Names, titles, headings and list entries are labels, not paragraphs; Lucene refuses
	 * a single term over 32766 bytes long before this.
	 */
	static final int MAX_NAME_LENGTH = 200;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Set<String> NAMES = Set.of("name", "title");

	private FieldChecks() {
	}

	/** What is wrong with one field of an item: the field's path and the problem. */
	record Violation(String field, String problem) {
	}

	/** The first field of the item that breaks a rule, if any. */
	static Optional<Violation> check(Record item) {
		return check(item, "");
	}

	private static Optional<Violation> check(Record item, String prefix) {
		for (RecordComponent component : item.getClass().getRecordComponents()) {
			String field = prefix + nameInYaml(component);
			Optional<Violation> violation = check(component, field, valueOf(component, item));
			if (violation.isPresent()) {
				return violation;
			}
		}
		return Optional.empty();
	}

	private static Optional<Violation> check(RecordComponent component, String field, Object value) {
		if (value == null) {
			return component.getAnnotatedType().isAnnotationPresent(Nullable.class) ? Optional.empty()
					: violation(field, "missing required field '" + field + "'");
		}
		return switch (value) {
			case String text when text.isBlank() -> violation(field, "is blank; write the text");
			case String id when component.getName().equals("id") -> checkId(field, id);
			case String name when NAMES.contains(component.getName()) && name.length() > MAX_NAME_LENGTH ->
				violation(field, tooLong("is", name));
			case List<?> list -> checkEntries(field, list);
			case Record nested -> check(nested, field + ".");
			default -> Optional.empty();
		};
	}

	private static Optional<Violation> checkId(String field, String id) {
		if (id.length() > MAX_ID_LENGTH || !SLUG.matcher(id).matches()) {
			return violation(field, "'" + abbreviated(id) + "' is not an id: use at most " + MAX_ID_LENGTH
					+ " lower-case letters, digits and single hyphens between them, e.g. 'charyn-canyon'");
		}
		return Optional.empty();
	}

	private static Optional<Violation> checkEntries(String field, List<?> entries) {
		for (int i = 0; i < entries.size(); i++) {
			Object entry = entries.get(i);
			String which = "entry " + (i + 1) + " of " + entries.size();
			if (entry == null || (entry instanceof String text && text.isBlank())) {
				return violation(field, which + " is empty; remove it or write the text");
			}
			if (entry instanceof String text && text.length() > MAX_NAME_LENGTH) {
				return violation(field, tooLong(which + " is", text));
			}
		}
		return Optional.empty();
	}

	/** Checks a heading, which comes from Markdown rather than a record field. */
	static Optional<String> headingProblem(String heading) {
		return (heading.length() > MAX_NAME_LENGTH) ? Optional.of(tooLong("the heading is", heading))
				: Optional.empty();
	}

	private static String tooLong(String what, String text) {
		return what + " " + text.length() + " characters long ('" + abbreviated(text) + "'); the limit is "
				+ MAX_NAME_LENGTH;
	}

	private static String abbreviated(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

	private static Optional<Violation> violation(String field, String problem) {
		return Optional.of(new Violation(field, problem));
	}

	private static String nameInYaml(RecordComponent component) {
		JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
		return (renamed != null) ? renamed.value() : component.getName();
	}

	private static Object valueOf(RecordComponent component, Record item) {
		try {
			return component.getAccessor().invoke(item);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component + " of " + item.getClass(), ex);
		}
	}

}
