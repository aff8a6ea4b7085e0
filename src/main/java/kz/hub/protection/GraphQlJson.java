package kz.hub.protection;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of GraphQL over HTTP: requests read, errors written. */
public final class GraphQlJson {

	/** Jackson's defaults: GraphQL over HTTP needs nothing else. */
	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private GraphQlJson() {
	}

}
