package kz.hub.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A condition every applicant for a permit must meet. */
public record Requirement(String id, String title, String description, @Nullable Integer minimumAge,
		List<Purpose> validReasons,
		@JsonProperty("section") @Nullable String sectionId) implements ContentItem, Explained {

	public Requirement {
		validReasons = Required.listOrEmpty(validReasons);
	}

}
