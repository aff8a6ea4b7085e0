package kz.hub.search.indexing;

import java.util.LinkedHashMap;
import java.util.Map;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;

/**
 * The English text whose meaning stands for each item: its name and the start of what it
 * says. The model reads at most 256 word pieces, and a summary says what an item is about
 * better than the middle of its body.
 */
public final class MeaningTexts {

	/** About 120 words: within what the model reads, past which the vector blurs. */
	static final int MOST_CHARACTERS = 700;

	private MeaningTexts() {
	}

	/** The text of each English item by id. */
	public static Map<String, String> of(Content english) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (ContentItem item : english.items()) {
			texts.put(item.id(), cut(item.names().getFirst() + ". " + body(item)));
		}
		return texts;
	}

	private static String body(ContentItem item) {
		return switch (item) {
			case Guide guide -> guide.summary();
			case Section section -> section.text();
			case Permit permit -> permit.summary() + " " + permit.description();
			case Requirement requirement -> requirement.description();
			case RequiredDocument document -> document.description();
			case ApplicationStep step -> step.description();
			case Destination place ->
				place.summary() + " " + String.join(", ", place.activities()) + ". " + place.description();
		};
	}

	/** The text up to the last whole word within the limit. */
	static String cut(String text) {
		if (text.length() <= MOST_CHARACTERS) {
			return text;
		}
		int end = text.lastIndexOf(' ', MOST_CHARACTERS);
		return text.substring(0, end > 0 ? end : MOST_CHARACTERS);
	}

}
