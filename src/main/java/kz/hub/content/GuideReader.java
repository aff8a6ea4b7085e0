package kz.hub.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.heading.anchor.IdGenerator;
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

	private final YamlReader yaml;

	GuideReader(YamlReader yaml) {
		this.yaml = yaml;
	}

	Sourced<Guide> read(String file, String markdown) {
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
		GuideFrontMatter front = yaml.readOne(file, 1, String.join("\n", lines.subList(1, closing)),
				GuideFrontMatter.class);
		String body = String.join("\n", lines.subList(closing + 1, lines.size()));
		List<Section> sections = sections(file, front.id(), body, closing + 1);
		if (sections.isEmpty()) {
			throw new ContentException(file, closing + 2, null, "a guide needs at least one '##' heading with text");
		}
		Guide guide = new Guide(front.id(), front.title(), front.summary(), front.category(), front.tags(),
				front.permits(), front.destinations(), sections);
		return new Sourced<>(guide, file, 2);
	}

	private List<Section> sections(String file, String guideId, String body, int linesBeforeBody) {
		List<Section> sections = new ArrayList<>();
		Map<String, Integer> anchorLines = new HashMap<>();
		Heading heading = null;
		List<Node> blocks = new ArrayList<>();
		for (Node node = parser.parse(body).getFirstChild(); node != null; node = node.getNext()) {
			int line = linesBeforeBody + node.getSourceSpans().getFirst().getLineIndex() + 1;
			if (node instanceof Heading next && next.getLevel() <= 3) {
				if (next.getLevel() == 1) {
					throw new ContentException(file, line, null,
							"'#' headings are not allowed: the title comes from the front matter; use '##' or '###'");
				}
				String tooLong = FieldChecks.headingProblem(headingText(next)).orElse(null);
				if (tooLong != null) {
					throw new ContentException(file, line, null, tooLong);
				}
				if (heading != null) {
					sections.add(section(guideId, heading, blocks));
				}
				heading = next;
				blocks = new ArrayList<>();
				String anchor = anchor(next);
				Integer earlier = anchorLines.putIfAbsent(anchor, line);
				if (earlier != null) {
					throw new ContentException(file, line, null,
							"heading '" + headingText(next) + "' gives the anchor '" + anchor
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
		return sections;
	}

	private Section section(String guideId, Heading heading, List<Node> blocks) {
		StringBuilder html = new StringBuilder();
		List<String> text = new ArrayList<>();
		for (Node block : blocks) {
			html.append(htmlRenderer.render(block));
			TextContentRenderer renderer = block instanceof Paragraph ? paragraphRenderer : textRenderer;
			text.add(renderer.render(block).strip());
		}
		String anchor = anchor(heading);
		return new Section(guideId + "#" + anchor, guideId, anchor, headingText(heading), heading.getLevel(),
				String.join("\n", text), html.toString());
	}

	private String headingText(Heading heading) {
		return textRenderer.render(heading).strip();
	}

	private String anchor(Heading heading) {
		// A fresh generator each time: duplicates are reported, not silently suffixed
		// with "-1".
		return IdGenerator.builder().build().generateId(headingText(heading));
	}

}
