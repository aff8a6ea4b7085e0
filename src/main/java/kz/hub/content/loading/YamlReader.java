package kz.hub.content.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the structured files of index-data strictly: unknown, duplicate or missing fields
 * are errors.
 */
final class YamlReader {

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		// Items are read one at a time from a list, so tokens after each item are
		// expected.
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/**
	 * Reads a file that holds a YAML list of items, keeping the line each item starts at.
	 */
	<T extends Record> List<Sourced<T>> readList(String file, String yaml, Class<T> type) {
		List<Sourced<T>> items = new ArrayList<>();
		int itemLine = 0;
		checkListLengths(file, 0, yaml);
		try (JsonParser parser = mapper.createParser(yaml)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				return items;
			}
			if (first != JsonToken.START_ARRAY) {
				throw new ContentException(file, parser.currentTokenLocation().getLineNr(), null,
						"expected a list of items (lines starting with '- ')");
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				itemLine = parser.currentTokenLocation().getLineNr();
				items.add(new Sourced<>(mapper.readValue(parser, type), file, itemLine));
			}
			if (parser.currentToken() != JsonToken.END_ARRAY) {
				throw new ContentException(file, parser.currentTokenLocation().getLineNr(), null,
						"every list item must be a mapping of fields");
			}
			for (int i = 0; i < items.size(); i++) {
				int nextItemLine = (i + 1 < items.size()) ? items.get(i + 1).line() : Integer.MAX_VALUE;
				check(file, 0, yaml, items.get(i).item(), items.get(i).line(), nextItemLine - 1);
			}
			return items;
		}
		catch (JacksonException ex) {
			throw error(file, 0, ex, yaml, itemLine);
		}
	}

	/**
	 * Reads one YAML mapping, such as a guide's front matter that starts after
	 * {@code firstLine} lines.
	 */
	<T extends Record> T readOne(String file, int lineOffset, String yaml, Class<T> type) {
		T item;
		checkListLengths(file, lineOffset, yaml);
		try {
			item = mapper.readValue(yaml, type);
		}
		catch (JacksonException ex) {
			throw error(file, lineOffset, ex, yaml, 1);
		}
		check(file, lineOffset, yaml, item, 1, Integer.MAX_VALUE);
		return item;
	}

	/**
	 * A pass over the tokens alone, so no list is built before its length is known. A
	 * syntax error ends the pass: the lists before it were within their limits, and the
	 * reading that follows reports it with the field it was reading.
	 */
	private void checkListLengths(String file, int lineOffset, String yaml) {
		try (JsonParser parser = mapper.createParser(yaml)) {
			ListLengths.check(file, lineOffset, parser);
		}
		catch (JacksonException ex) {
			// reported by the reading that follows
		}
	}

	/**
	 * Applies {@link FieldChecks}; a problem is reported at its field's line within the
	 * item, or at the item's first line when the field is missing.
	 */
	private static void check(String file, int lineOffset, String yaml, Record item, int itemLine, int lastLine) {
		FieldChecks.check(item).ifPresent(violation -> {
			String key = violation.field().substring(violation.field().lastIndexOf('.') + 1);
			int line = lineOfKey(yaml, key, itemLine, lastLine);
			throw new ContentException(file, line + lineOffset, violation.field(), violation.problem());
		});
	}

	/**
	 * Records are built once all their fields are read, so Jackson's location is then the
	 * item's end; point at the unknown field's own line, or else at the item's first
	 * line.
	 */
	private static ContentException error(String file, int lineOffset, JacksonException ex, String yaml, int itemLine) {
		int line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? ex.getLocation().getLineNr() + lineOffset : 0;
		String field = ex.getPath()
			.stream()
			.map(JacksonException.Reference::getPropertyName)
			.filter(name -> name != null)
			.collect(Collectors.joining("."));
		String problem;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			problem = "unknown field '" + unknown.getPropertyName() + "'; known fields are "
					+ unknown.getKnownPropertyIds();
			line = lineOfKey(yaml, unknown.getPropertyName(), itemLine, Integer.MAX_VALUE) + lineOffset;
		}
		else if (ex instanceof ValueInstantiationException && ex.getCause() != null) {
			problem = ex.getCause().getMessage();
			line = itemLine > 0 ? itemLine + lineOffset : line;
		}
		else {
			problem = ex.getOriginalMessage();
		}
		return new ContentException(file, line, field, problem);
	}

	private static int lineOfKey(String yaml, String key, int fromLine, int toLine) {
		Pattern keyLine = Pattern.compile("^[\\s-]*\"?" + Pattern.quote(key) + "\"?\\s*:");
		List<String> lines = yaml.lines().toList();
		for (int i = Math.max(0, fromLine - 1); i < Math.min(lines.size(), toLine); i++) {
			if (keyLine.matcher(lines.get(i)).find()) {
				return i + 1;
			}
		}
		return fromLine;
	}

}
