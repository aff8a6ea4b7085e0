package kz.hub.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Small GraphQL documents with a big answer: list fields under list fields, each level
 * asked for under 1 to 4 aliases, through every list field of the schema. A named
 * fragment per level keeps the text small while the answer multiplies.
 */
final class FanOutDocuments {

	/** Longest document text: the answer is meant to be big, not the question. */
	static final int MAX_LENGTH = 3_000;

	/**
	 * The list fields asked for plainly ({@code alias: field { ... }}), each as
	 * {@code Type.field Listed}; the root fields' paths have no type.
	 */
	private static final String PLAIN_LISTS = """
			Query.permits Permit, Query.requirements Requirement, Query.documents Document,
			Query.steps ApplicationStep, Query.guides Guide, Permit.requirements Requirement,
			Permit.documents Document, Permit.steps ApplicationStep, Requirement.permits Permit,
			Document.permits Permit, ApplicationStep.permits Permit, Guide.sections Section,
			Guide.permits Permit, Guide.destinations Destination, Section.guide Guide""";

	/**
	 * Every list field of schema/hub.graphqls as a step from one type to the next
	 * ({@code %1$s} the alias, {@code %2$s} what is asked below), plus Section.guide, the
	 * one way on from a section.
	 */
	static final List<Hop> HOPS = Stream.concat(Stream.of(PLAIN_LISTS.split(",\\s*")).map(Hop::plain), Stream.of(
			new Hop("Query", "destinations.edges", "Destination",
					"%s: destinations(first: 100) { totalCount edges { cursor node { %s } } }"),
			new Hop("Query", "search.edges", "Destination",
					"%s: search(query: \"lake park city\", first: 100) { totalCount facets { field values { value count } }"
							+ " edges { score highlights { field snippet } node { ... on Destination { %s } } } }"),
			new Hop("Query", "search.edges", "Permit",
					"%s: search(query: \"permit\", types: [PERMIT], first: 100) { edges { highlights { snippet }"
							+ " node { ... on Permit { %s } } } }"),
			new Hop("Query", "suggest", "Destination",
					"%s: suggest(prefix: \"a\", limit: 100) { text node { ... on Destination { %s } } }"),
			new Hop("Query", "checklist.requirements", "Requirement",
					"%s: checklist(permit: \"temporary-residence-permit\", purpose: WORK) { suitable requirements { %s } }"),
			new Hop("Query", "checklist.documents", "Document",
					"%s: checklist(permit: \"temporary-residence-permit\", purpose: WORK) { documents { %s } }"),
			new Hop("Query", "checklist.steps", "ApplicationStep",
					"%s: checklist(permit: \"temporary-residence-permit\", purpose: STUDY) { steps { %s } }"),
			new Hop("Destination", "Destination.nearby", "Destination",
					"%s: nearby(radiusKm: 20000) { distanceKm destination { %s } }")))
		.toList();

	private FanOutDocuments() {
	}

	/** A document 2 to 6 list levels deep, each level under 1 to 4 aliases. */
	static FanOut next(Random random) {
		while (true) {
			FanOut fanOut = walk(random, 2 + random.nextInt(5));
			if (fanOut.document().length() <= MAX_LENGTH) {
				return fanOut;
			}
		}
	}

	private static FanOut walk(Random random, int levels) {
		List<Hop> path = new ArrayList<>();
		List<Integer> aliases = new ArrayList<>();
		String type = "Query";
		for (int level = 0; level < levels; level++) {
			String from = type;
			List<Hop> choices = HOPS.stream().filter(hop -> hop.from().equals(from)).toList();
			Hop hop = choices.get(random.nextInt(choices.size()));
			path.add(hop);
			aliases.add(1 + random.nextInt(4));
			type = hop.to();
		}
		StringBuilder document = new StringBuilder("{ ").append(level(path, aliases, 0)).append(" }");
		for (int level = 1; level < levels; level++) {
			document.append("\nfragment L")
				.append(level)
				.append(" on ")
				.append(path.get(level).from())
				.append(" { id ")
				.append(level(path, aliases, level))
				.append(" }");
		}
		return new FanOut(document.toString(), path, aliases);
	}

	/**
	 * One level's aliases, each asking for the next level's fragment, or for ids last.
	 */
	private static String level(List<Hop> path, List<Integer> aliases, int level) {
		String below = (level + 1 < path.size()) ? "...L" + (level + 1) : "id";
		StringBuilder text = new StringBuilder();
		for (int alias = 0; alias < aliases.get(level); alias++) {
			text.append(path.get(level).template().formatted("a" + alias, below)).append(' ');
		}
		return text.toString().strip();
	}

	/** A step from a type through one of its fields to the type it lists. */
	record Hop(String from, String field, String to, String template) {

		/** A list field asked for plainly, from {@code Type.field Listed}. */
		static Hop plain(String listField) {
			String[] parts = listField.split("[. ]");
			String path = parts[0].equals("Query") ? parts[1] : parts[0] + "." + parts[1];
			return new Hop(parts[0], path, parts[2], "%s: " + parts[1] + " { %s }");
		}

	}

	/** A generated document and the way it went: the fields and how many aliases each. */
	record FanOut(String document, List<Hop> path, List<Integer> aliases) {

		/** The way in words, e.g. {@code permits x3 > Permit.steps x1}. */
		String describe() {
			List<String> steps = new ArrayList<>();
			for (int level = 0; level < path.size(); level++) {
				steps.add(path.get(level).field() + " x" + aliases.get(level));
			}
			return String.join(" > ", steps);
		}

	}

}
