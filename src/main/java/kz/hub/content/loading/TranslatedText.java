package kz.hub.content.loading;

import java.util.List;

import kz.hub.content.Required;

/**
 * The fields a translation file gives for one item: only the text a person reads. Ids,
 * kinds, numbers, links and places' aliases stay in the English file, so every language
 * shares them.
 */
sealed interface TranslatedText {

	String id();

	record OfPermit(String id, String name, String summary, String description,
			String issuingAuthority) implements TranslatedText {
	}

	record OfRequirement(String id, String title, String description) implements TranslatedText {
	}

	record OfDocument(String id, String name, String description) implements TranslatedText {
	}

	record OfStep(String id, String title, String description) implements TranslatedText {
	}

	/** Lists hold as many entries as the English ones, in the same order. */
	record OfDestination(String id, String name, String summary, String description, List<String> attractions,
			List<String> activities, List<String> wildlife, String region) implements TranslatedText {

		public OfDestination {
			attractions = Required.list(attractions);
			activities = Required.list(activities);
			wildlife = Required.list(wildlife);
		}

	}

	/** A guide translation's front matter; its body is the translated Markdown. */
	record OfGuide(String title, String summary, List<String> tags) {

		public OfGuide {
			tags = Required.list(tags);
		}

	}

}
