package kz.hub.content;

import java.util.List;

/**
 * An article of the hub, split into sections at its headings, with the permits and places
 * it covers.
 */
public record Guide(String id, String title, String summary, GuideCategory category, List<String> tags,
		List<String> permitIds, List<String> destinationIds, List<Section> sections) implements ContentItem {
}
