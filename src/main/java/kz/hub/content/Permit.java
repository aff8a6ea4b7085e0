package kz.hub.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A kind of residence permit, linked by id to what it requires. */
public record Permit(String id, String name, PermitKind kind, String summary, String description, Validity validity,
		List<Purpose> suitableFor, String issuingAuthority, Integer maxProcessingDays,
		@JsonProperty("requirements") List<String> requirementIds, @JsonProperty("documents") List<String> documentIds,
		@JsonProperty("steps") List<String> stepIds) implements ContentItem {

	public Permit {
		suitableFor = Required.list(suitableFor);
		requirementIds = Required.listOrEmpty(requirementIds);
		documentIds = Required.listOrEmpty(documentIds);
		stepIds = Required.listOrEmpty(stepIds);
	}

}
