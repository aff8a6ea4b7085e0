package kz.hub.protection;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Hostile search strings and GraphQL documents: query syntax, injections, odd Unicode,
 * random characters and random pieces of GraphQL, drawn from a seeded {@link Random}.
 */
final class HostileInputs {

	/** Search syntax and other text a search box should take as plain words. */
	private static final List<String> SYNTAX = List.of("title:(", "*", "?x", "/.*/", "AND OR NOT", "\"unclosed",
			"visa (", "lake~2", "a^100", "[a TO z]", "{!lucene}", "\\", "--", "'; DROP TABLE",
			"<script>alert(1)</script>", "🏔️", "Алматы", "\u0000", "\u202e", "\uFEFF", "%00", "almaty".repeat(80));

	/** Pieces of GraphQL, right and wrong, to put together at random. */
	private static final List<String> PIECES = List.of("{", "}", "(", ")", "search", "query", "mutation",
			"fragment F on Node", "...F", "... on Destination", "permits", "id", "node(id: \"almaty\")", "first: 101",
			"first: -1", "query: \"lake\"", "$v", "@include(if: true)", "@skip", "\"", "\"\"\"", "#", ":", "a:",
			"__schema", "__typename", "destinations(first: 100)", "after: \"bm9wZQ==\"", "radiusKm: -5", "1e999",
			"null", "[", "]", "checklist(permit: \"x\", purpose: WORK)", "subscription", "\u0000", "𝔘");

	private HostileInputs() {
	}

	/**
	 * One of, equally often: a piece of search syntax, up to 600 random characters, up to
	 * 40 random words, or up to 3 random characters before a piece of search syntax.
	 */
	static String searchText(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> pick(random, SYNTAX);
			case 1 -> characters(random, 600);
			case 2 ->
				IntStream.range(0, random.nextInt(41)).mapToObj(word -> word(random)).collect(Collectors.joining(" "));
			default -> characters(random, 3) + pick(random, SYNTAX);
		};
	}

	/** Up to 60 pieces of GraphQL joined by spaces, or up to 300 random characters. */
	static String document(Random random) {
		if (random.nextBoolean()) {
			return IntStream.range(0, random.nextInt(61))
				.mapToObj(piece -> pick(random, PIECES))
				.collect(Collectors.joining(" "));
		}
		return characters(random, 300);
	}

	private static String pick(Random random, List<String> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** Any UTF-16 code units, lone surrogates and control characters included. */
	private static String characters(Random random, int maxLength) {
		char[] chars = new char[random.nextInt(maxLength + 1)];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
		}
		return new String(chars);
	}

	private static String word(Random random) {
		char[] letters = new char[1 + random.nextInt(12)];
		for (int i = 0; i < letters.length; i++) {
			letters[i] = (char) ('a' + random.nextInt(26));
		}
		return new String(letters);
	}

}
