package kz.hub.content.loading;

import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Refuses a YAML document with a list longer than its limit, counting entries from the
 * parser's tokens before anything is built from them. Jackson's StreamReadConstraints
 * bound nesting, numbers and strings but not list lengths, and the YAML parser enforces
 * neither their document length nor their token count.
 */
final class ListLengths {

	private ListLengths() {
	}

	/**
	 * A list being read: its field (null for none), the line it starts at, what its
	 * entries are, its limit and the entries read so far.
	 */
	private record OpenList(String field, int line, String what, int limit, int count) {

		OpenList next() {
			return new OpenList(field, line, what, limit, count + 1);
		}

	}

	/**
	 * Reads the whole document; a list at the top is the file's items, any other list is
	 * a field's entries.
	 * @param lineOffset lines before the document in its file, as for a guide's front
	 * matter
	 */
	static void check(String file, int lineOffset, JsonParser parser) {
		Deque<OpenList> open = new ArrayDeque<>();
		int nameLine = 0;
		for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
			if (token == JsonToken.PROPERTY_NAME) {
				nameLine = parser.currentTokenLocation().getLineNr();
				continue;
			}
			if (token == JsonToken.END_ARRAY) {
				open.pop();
				continue;
			}
			if (token == JsonToken.END_OBJECT) {
				continue;
			}
			TokenStreamContext container = token.isStructStart() ? parser.streamReadContext().getParent()
					: parser.streamReadContext();
			if (container.inArray()) {
				OpenList list = open.pop().next();
				if (list.count() > list.limit()) {
					long count = list.count() + countRest(parser);
					throw new ContentException(file, list.line() + lineOffset, list.field(),
							ContentLimits.tooMany(count, list.what(), list.limit()));
				}
				open.push(list);
			}
			if (token == JsonToken.START_ARRAY) {
				String field = parser.currentName();
				int line = (field != null) ? nameLine : parser.currentTokenLocation().getLineNr();
				open.push(container.inRoot() ? new OpenList(null, line, "items", ContentLimits.ITEMS_PER_FILE, 0)
						: new OpenList(field, line, "entries", ContentLimits.LIST_ENTRIES, 0));
			}
		}
	}

	/**
	 * The entries after the current one, skipped rather than read, so the message can say
	 * how long the list really is.
	 */
	private static long countRest(JsonParser parser) {
		parser.skipChildren();
		long rest = 0;
		for (JsonToken token = parser.nextToken(); token != null
				&& token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			parser.skipChildren();
			rest++;
		}
		return rest;
	}

}
