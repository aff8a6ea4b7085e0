package kz.hub.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the structured files of index-data strictly: unknown, duplicate or missing fields are errors. */
final class YamlReader {

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		// Items are read one at a time from a list, so tokens after each item are expected.
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** Reads a file that holds a YAML list of items, keeping the line each item starts at. */
	<T> List<Sourced<T>> readList(String file, InputStream in, Class<T> type) {
		List<Sourced<T>> items = new ArrayList<>();
		try (in; JsonParser parser = mapper.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				return items;
			}
			if (first != JsonToken.START_ARRAY) {
				throw new ContentException(file, parser.currentTokenLocation().getLineNr(), null,
						"expected a list of items (lines starting with '- ')");
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				int line = parser.currentTokenLocation().getLineNr();
				items.add(new Sourced<>(mapper.readValue(parser, type), file, line));
			}
			if (parser.currentToken() != JsonToken.END_ARRAY) {
				throw new ContentException(file, parser.currentTokenLocation().getLineNr(), null,
						"every list item must be a mapping of fields");
			}
			return items;
		}
		catch (JacksonException ex) {
			throw error(file, 0, ex);
		}
		catch (IOException ex) {
			throw new ContentException(file, 0, null, "cannot be read: " + ex.getMessage());
		}
	}

	/** Reads one YAML mapping, such as a guide's front matter that starts after {@code firstLine} lines. */
	<T> T readOne(String file, int lineOffset, String yaml, Class<T> type) {
		try {
			return mapper.readValue(yaml, type);
		}
		catch (JacksonException ex) {
			throw error(file, lineOffset, ex);
		}
	}

	private static ContentException error(String file, int lineOffset, JacksonException ex) {
		int line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? ex.getLocation().getLineNr() + lineOffset : 0;
		String field = ex.getPath()
			.stream()
			.filter(reference -> reference.getPropertyName() != null)
			.map(JacksonException.Reference::getPropertyName)
			.collect(Collectors.joining("."));
		String problem;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			problem = "unknown field '" + unknown.getPropertyName() + "'; known fields are "
					+ unknown.getKnownPropertyIds();
		}
		else if (ex instanceof ValueInstantiationException && ex.getCause() != null) {
			problem = ex.getCause().getMessage();
		}
		else {
			problem = ex.getOriginalMessage();
		}
		return new ContentException(file, line, field, problem);
	}

}
