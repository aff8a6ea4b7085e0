package kz.hub.content;

import java.util.List;

/** One step of the application for a permit; steps run in {@code order}. */
public record ApplicationStep(String id, Integer order, String title, String description,
		List<Purpose> requiredFor) implements ContentItem, ByPurpose {

	public ApplicationStep {
		requiredFor = Required.listOrEmpty(requiredFor);
	}

}
