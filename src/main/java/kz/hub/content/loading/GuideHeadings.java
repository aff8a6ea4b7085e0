package kz.hub.content.loading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Heading;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The headings of a guide as its sections name them: their text and anchors, and a
 * translation's anchors checked against the English guide's.
 */
final class GuideHeadings {

	/**
	 * A heading may end with its anchor, as in {@code ## Введение {#introduction}}:
	 * translations keep the English anchors this way.
	 */
	private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("\\s*\\{#([a-z0-9]+(?:-[a-z0-9]+)*)\\}$");

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

	/** The heading's text, without an explicit anchor at its end. */
	String text(Heading heading) {
		String text = textRenderer.render(heading).strip();
		Matcher explicit = EXPLICIT_ANCHOR.matcher(text);
		return explicit.find() ? text.substring(0, explicit.start()).strip() : text;
	}

	/** The heading's anchor: the one it ends with, or one made from its text. */
	String anchor(Heading heading) {
		Matcher explicit = EXPLICIT_ANCHOR.matcher(textRenderer.render(heading).strip());
		if (explicit.find()) {
			return explicit.group(1);
		}
		// A fresh generator each time: duplicates are reported, not silently suffixed
		// with "-1".
		return IdGenerator.builder().build().generateId(text(heading));
	}

	/**
	 * A translation's section must be the English section at the same place: same anchor,
	 * so that a section id is the same in every language.
	 */
	static void checkTranslatedAnchor(String file, int line, List<String> englishAnchors, int index, String anchor) {
		if (englishAnchors.isEmpty()) {
			return;
		}
		if (index >= englishAnchors.size()) {
			throw new ContentException(file, line, null, "heading with anchor '" + anchor
					+ "' has no English heading to translate: the English guide has " + englishAnchors.size());
		}
		String expected = englishAnchors.get(index);
		if (!expected.equals(anchor)) {
			throw new ContentException(file, line, null,
					"heading " + (index + 1) + " has the anchor '" + anchor + "' but the English heading " + (index + 1)
							+ " has '" + expected + "'; end the translated heading with {#" + expected + "}");
		}
	}

}
