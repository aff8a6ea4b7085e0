package kz.hub.content.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.hub.content.Guide;
import kz.hub.content.Section;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Reads a guide: YAML front matter between '---' lines, then CommonMark whose {@code ##}
 * and {@code ###} headings split it into sections.
 */
final class GuideReader {

	private static final String FENCE = "---";

	// Parsers and renderers are immutable and thread safe: configure once, share.
	private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

	/**
	 * Links and images may only lead to http, https or mailto, or be relative: a data: or
	 * javascript: link in a guide would run in the reader's browser.
	 */
	private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.build();

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

	/**
	 * Joins a paragraph's wrapped lines with spaces: authors wrap lines, readers and
	 * snippets should not see it.
	 */
	private final TextContentRenderer paragraphRenderer = TextContentRenderer.builder()
		.lineBreakRendering(LineBreakRendering.STRIP)
		.build();

	private final GuideHeadings headings = new GuideHeadings();

	private final YamlReader yaml;

	GuideReader(YamlReader yaml) {
		this.yaml = yaml;
	}

	Sourced<Guide> read(String file, String markdown) {
		MarkdownFile parts = split(file, markdown);
		GuideFrontMatter front = yaml.readOne(file, 1, parts.frontMatter(), GuideFrontMatter.class);
		List<Section> sections = sections(file, front.id(), parts, List.of());
		Guide guide = new Guide(front.id(), front.title(), front.summary(), front.category(), front.tags(),
				front.permits(), front.destinations(), sections);
		return new Sourced<>(guide, file, 2);
	}

	/**
	 * Reads a guide's translation: its own title, summary, tags and text under the same
	 * headings as the English guide, each heading ending with the English anchor, such as
	 * {@code ## Введение {#introduction}}.
	 */
	Guide readTranslation(String file, String markdown, Guide english) {
		MarkdownFile parts = split(file, markdown);
		TranslatedText.OfGuide front = yaml.readOne(file, 1, parts.frontMatter(), TranslatedText.OfGuide.class);
		List<String> anchors = english.sections().stream().map(Section::anchor).toList();
		List<Section> sections = sections(file, english.id(), parts, anchors);
		return new Guide(english.id(), front.title(), front.summary(), english.category(), front.tags(),
				english.permitIds(), english.destinationIds(), sections);
	}

	/** A guide file cut at its front matter's closing fence. */
	private record MarkdownFile(String frontMatter, String body, int linesBeforeBody) {
	}

	private static MarkdownFile split(String file, String markdown) {
		List<String> lines = markdown.lines().toList();
		if (lines.isEmpty() || !lines.getFirst().strip().equals(FENCE)) {
			throw new ContentException(file, 1, null, "a guide must start with front matter: a '---' line, "
					+ "the guide's fields in YAML, and another '---' line");
		}
		int closing = -1;
		for (int i = 1; i < lines.size() && closing < 0; i++) {
			if (lines.get(i).strip().equals(FENCE)) {
				closing = i;
			}
		}
		if (closing < 0) {
			throw new ContentException(file, 1, null, "the front matter opened here is never closed by a '---' line");
		}
		return new MarkdownFile(String.join("\n", lines.subList(1, closing)),
				String.join("\n", lines.subList(closing + 1, lines.size())), closing + 1);
	}

	/**
	 * @param englishAnchors for a translation, the English guide's anchors, which its
	 * headings must give in the same order; empty for an English guide
	 */
	private List<Section> sections(String file, String guideId, MarkdownFile parts, List<String> englishAnchors) {
		int linesBeforeBody = parts.linesBeforeBody();
		List<Section> sections = new ArrayList<>();
		Map<String, Integer> anchorLines = new HashMap<>();
		Heading heading = null;
		List<Node> blocks = new ArrayList<>();
		Node document = parser.parse(parts.body());
		checkSectionCount(file, linesBeforeBody, document);
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			int line = lineOf(node, linesBeforeBody);
			if (node instanceof Heading next && next.getLevel() <= 3) {
				if (next.getLevel() == 1) {
					throw new ContentException(file, line, null,
							"'#' headings are not allowed: the title comes from the front matter; use '##' or '###'");
				}
				String tooLong = FieldChecks.headingProblem(headings.text(next)).orElse(null);
				if (tooLong != null) {
					throw new ContentException(file, line, null, tooLong);
				}
				if (heading != null) {
					sections.add(section(guideId, heading, blocks));
				}
				heading = next;
				blocks = new ArrayList<>();
				String anchor = headings.anchor(next);
				GuideHeadings.checkTranslatedAnchor(file, line, englishAnchors, anchorLines.size(), anchor);
				Integer earlier = anchorLines.putIfAbsent(anchor, line);
				if (earlier != null) {
					throw new ContentException(file, line, null,
							"heading '" + headings.text(next) + "' gives the anchor '" + anchor
									+ "' that the heading on line " + earlier + " has already");
				}
			}
			else if (heading == null) {
				throw new ContentException(file, line, null,
						"text before the first '##' heading belongs to no section; put a heading above it");
			}
			else {
				blocks.add(node);
			}
		}
		if (heading != null) {
			sections.add(section(guideId, heading, blocks));
		}
		if (sections.isEmpty()) {
			throw new ContentException(file, linesBeforeBody + 1, null,
					"a guide needs at least one '##' heading with text");
		}
		if (!englishAnchors.isEmpty() && sections.size() < englishAnchors.size()) {
			throw new ContentException(file, linesBeforeBody + (int) parts.body().lines().count(), null,
					"the translation ends before the English guide's headings "
							+ englishAnchors.subList(sections.size(), englishAnchors.size())
							+ "; translate every section");
		}
		return sections;
	}

	/**
	 * Counts the headings before any section is built; refused at the first heading over
	 * the limit.
	 */
	private static void checkSectionCount(String file, int linesBeforeBody, Node document) {
		int count = 0;
		int lineOverLimit = 0;
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading && heading.getLevel() <= 3
					&& ++count == ContentLimits.ITEMS_PER_FILE + 1) {
				lineOverLimit = lineOf(node, linesBeforeBody);
			}
		}
		if (count > ContentLimits.ITEMS_PER_FILE) {
			throw new ContentException(file, lineOverLimit, null,
					ContentLimits.tooMany(count, "sections ('##' and '###' headings)", ContentLimits.ITEMS_PER_FILE));
		}
	}

	private static int lineOf(Node node, int linesBeforeBody) {
		return linesBeforeBody + node.getSourceSpans().getFirst().getLineIndex() + 1;
	}

	private Section section(String guideId, Heading heading, List<Node> blocks) {
		StringBuilder html = new StringBuilder();
		List<String> text = new ArrayList<>();
		for (Node block : blocks) {
			html.append(htmlRenderer.render(block));
			TextContentRenderer renderer = block instanceof Paragraph ? paragraphRenderer : textRenderer;
			text.add(renderer.render(block).strip());
		}
		String anchor = headings.anchor(heading);
		return new Section(guideId + "#" + anchor, guideId, anchor, headings.text(heading), heading.getLevel(),
				String.join("\n", text), html.toString());
	}

}
