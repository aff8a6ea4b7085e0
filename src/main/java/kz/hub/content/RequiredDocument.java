package kz.hub.content;

import java.util.List;

/** A document to gather for an application; the GraphQL type {@code Document}. */
public record RequiredDocument(String id, String name, String description, Integer minimumValidityMonths,
		List<Purpose> requiredFor) implements ContentItem, ByPurpose {

	public RequiredDocument {
		Required.field(id, "id");
		Required.field(name, "name");
		Required.field(description, "description");
		requiredFor = Required.listOrEmpty(requiredFor);
	}

}
