package kz.hub.content;

/** The part of a guide under one heading; its id is the guide id, '#' and the anchor. */
public record Section(String id, String guideId, String anchor, String heading, int level, String text,
		String html) implements ContentItem {
}
