package kz.hub.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A document to gather for an application; the GraphQL type {@code Document}. */
public record RequiredDocument(String id, String name, String description, @Nullable Integer minimumValidityMonths,
		List<Purpose> requiredFor) implements ContentItem, ByPurpose {

	public RequiredDocument {
		requiredFor = Required.listOrEmpty(requiredFor);
	}

}
