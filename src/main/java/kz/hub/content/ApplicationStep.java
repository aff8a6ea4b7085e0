package kz.hub.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** One step of the application for a permit; steps run in {@code order}. */
public record ApplicationStep(String id, Integer order, String title, String description, List<Purpose> requiredFor,
		@JsonProperty("section") @Nullable String sectionId) implements ContentItem, ByPurpose, Explained {

	public ApplicationStep {
		requiredFor = Required.listOrEmpty(requiredFor);
	}

}
