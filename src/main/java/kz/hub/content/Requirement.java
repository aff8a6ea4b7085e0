package kz.hub.content;

import java.util.List;

/** A condition every applicant for a permit must meet. */
public record Requirement(String id, String title, String description, Integer minimumAge,
		List<Purpose> validReasons) implements ContentItem {

	public Requirement {
		Required.field(id, "id");
		Required.field(title, "title");
		Required.field(description, "description");
		validReasons = Required.listOrEmpty(validReasons);
	}

}
