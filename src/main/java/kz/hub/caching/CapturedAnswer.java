package kz.hub.caching;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL answer held until it is whole, so its caching headers can be chosen from what
 * it says. The answer size limit, inside it, keeps what is held bounded.
 */
final class CapturedAnswer extends HeldAnswer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The key of the request, or null when its answer is not one to cache. */
	private final AnswerKey key;

	CapturedAnswer(HttpServletResponse response, AnswerKey key) {
		// The answer size limit, inside this filter, bounds what reaches it.
		super(response, Long.MAX_VALUE);
		this.key = key;
	}

	AnswerKey key() {
		return key;
	}

	/**
	 * Whether the answer is a GraphQL result with no top-level {@code errors}: read as a
	 * stream, skipping {@code data} without building it.
	 */
	static boolean isSuccess(byte[] answer) {
		try (JsonParser parser = JSON.createParser(answer)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return false;
			}
			boolean data = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				if ("errors".equals(name)) {
					return false;
				}
				data |= "data".equals(name);
				parser.nextToken();
				parser.skipChildren();
			}
			return data;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}
