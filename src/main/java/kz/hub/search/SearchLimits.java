package kz.hub.search;

/**
 * The most a search or suggest request may ask of the index, set by the hub's settings.
 */
public record SearchLimits(int maxTextLength, int maxWords, int maxSuggestions) {

	public SearchLimits {
		if (maxTextLength < 1 || maxWords < 1 || maxSuggestions < 1) {
			throw new IllegalArgumentException("search limits must be at least 1: " + maxTextLength + " characters, "
					+ maxWords + " words, " + maxSuggestions + " suggestions");
		}
	}

}
