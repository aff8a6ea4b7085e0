package kz.hub.search.answers;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.hub.content.ApplicationStep;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;

/**
 * The sentences of an item's prose, exactly as written: all that an answer may quote.
 */
final class ContentSentences {

	/** Fewer words are a label ("Passport-sized photos."), not a statement. */
	private static final int MIN_SPACES = 2;

	private ContentSentences() {
	}

	/** The sentences of the item's prose, in order. */
	static List<String> of(ContentItem item, Language language) {
		BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language.tag()));
		List<String> sentences = new ArrayList<>();
		for (String prose : proseOf(item)) {
			// A line is a paragraph or a list entry: no sentence runs across lines.
			for (String line : prose.lines().toList()) {
				breaks.setText(line);
				int start = breaks.first();
				for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
					String sentence = line.substring(start, end).strip();
					// The rules break after any word with a full stop before a capital: a
					// lone "Dr." starts the sentence that follows.
					if (sentence.chars().noneMatch(Character::isWhitespace) && end < line.length()) {
						continue;
					}
					if (isStatement(sentence) && !isListEntry(line)) {
						sentences.add(sentence);
					}
					start = end;
				}
			}
		}
		return sentences;
	}

	/**
	 * The prose of an item, summaries aside: a summary shortens its description into a
	 * phrase ("The capital city of Kazakhstan on the banks of the Ishim River, ..."),
	 * which names nothing when quoted alone.
	 */
	private static List<String> proseOf(ContentItem item) {
		return switch (item) {
			case Guide guide -> List.of();
			case Section section -> List.of(section.text());
			case Permit permit -> List.of(permit.description());
			case Requirement requirement -> List.of(requirement.description());
			case RequiredDocument document -> List.of(document.description());
			case ApplicationStep step -> List.of(step.description());
			case Destination destination -> List.of(destination.description());
		};
	}

	/**
	 * Whether a piece of text states something: it ends as a statement does, not with a
	 * question or a colon that leads into a list, and has a few words.
	 */
	static boolean isStatement(String sentence) {
		int end = sentence.length();
		while (end > 0 && "\"'»”’)]".indexOf(sentence.charAt(end - 1)) >= 0) {
			end--;
		}
		return end > 0 && ".!…".indexOf(sentence.charAt(end - 1)) >= 0
				&& sentence.chars().filter(Character::isWhitespace).count() >= MIN_SPACES;
	}

	/** A Markdown list entry as the section's plain text keeps it: "- Passport". */
	private static boolean isListEntry(String line) {
		return line.startsWith("- ") || line.startsWith("* ");
	}

}
