package kz.hub.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A place to visit, ranked from 1 (best). */
public record Destination(String id, Integer rank, String name, DestinationKind kind, String summary,
		String description, List<String> attractions, List<String> activities, List<String> wildlife,
		List<String> aliases, Location location, String region,
		@JsonProperty("section") @Nullable String sectionId) implements ContentItem, Explained {

	public Destination {
		attractions = Required.listOrEmpty(attractions);
		activities = Required.listOrEmpty(activities);
		wildlife = Required.listOrEmpty(wildlife);
		aliases = Required.listOrEmpty(aliases);
	}

	public boolean offers(String activity) {
		return activities.stream().anyMatch(offered -> offered.equalsIgnoreCase(activity.strip()));
	}

}
