package kz.hub.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A condition every applicant for a permit must meet. */
public record Requirement(String id, String title, String description, @Nullable Integer minimumAge,
		List<Purpose> validReasons) implements ContentItem {

	public Requirement {
		validReasons = Required.listOrEmpty(validReasons);
	}

}
