package kz.hub.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A kind of residence permit, linked by id to what it requires. */
public record Permit(String id, String name, PermitKind kind, String summary, String description, Validity validity,
		List<Purpose> suitableFor, String issuingAuthority, Integer maxProcessingDays,
		@JsonProperty("requirements") List<String> requirementIds, @JsonProperty("documents") List<String> documentIds,
		@JsonProperty("steps") List<String> stepIds,
		@JsonProperty("section") @Nullable String sectionId) implements ContentItem, Explained {

	public Permit {
		suitableFor = Required.list(suitableFor);
		requirementIds = Required.listOrEmpty(requirementIds);
		documentIds = Required.listOrEmpty(documentIds);
		stepIds = Required.listOrEmpty(stepIds);
	}

}
