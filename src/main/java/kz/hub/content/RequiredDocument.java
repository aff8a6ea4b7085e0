package kz.hub.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A document to gather for an application; the GraphQL type {@code Document}. */
public record RequiredDocument(String id, String name, String description, @Nullable Integer minimumValidityMonths,
		List<Purpose> requiredFor,
		@JsonProperty("section") @Nullable String sectionId) implements ContentItem, ByPurpose, Explained {

	public RequiredDocument {
		requiredFor = Required.listOrEmpty(requiredFor);
	}

}
