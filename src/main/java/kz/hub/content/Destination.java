package kz.hub.content;

import java.util.List;

/** A place to visit, ranked from 1 (best). */
public record Destination(String id, Integer rank, String name, DestinationKind kind, String summary,
		String description, List<String> attractions, List<String> activities, List<String> wildlife,
		List<String> aliases, Location location, String region) implements ContentItem {

	public Destination {
		Required.field(id, "id");
		Required.field(rank, "rank");
		Required.field(name, "name");
		Required.field(kind, "kind");
		Required.field(summary, "summary");
		Required.field(description, "description");
		attractions = Required.listOrEmpty(attractions);
		activities = Required.listOrEmpty(activities);
		wildlife = Required.listOrEmpty(wildlife);
		aliases = Required.listOrEmpty(aliases);
		Required.field(location, "location");
		Required.field(region, "region");
	}

	public boolean offers(String activity) {
		return activities.stream().anyMatch(offered -> offered.equalsIgnoreCase(activity.strip()));
	}

}
