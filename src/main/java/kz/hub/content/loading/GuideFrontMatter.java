package kz.hub.content.loading;

import java.util.List;

import kz.hub.content.GuideCategory;
import kz.hub.content.Required;

/** The YAML block at the top of a guide's Markdown file. */
record GuideFrontMatter(String id, String title, String summary, GuideCategory category, List<String> tags,
		List<String> permits, List<String> destinations) {

	GuideFrontMatter {
		tags = Required.listOrEmpty(tags);
		permits = Required.listOrEmpty(permits);
		destinations = Required.listOrEmpty(destinations);
	}

}
