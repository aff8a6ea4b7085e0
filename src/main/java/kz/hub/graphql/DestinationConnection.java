package kz.hub.graphql;

import java.util.List;

import kz.hub.content.Destination;

/** One page of destinations as a Relay connection, with the count over all pages. */
record DestinationConnection(int totalCount, List<Edge> edges, PageInfo pageInfo) {

	record Edge(String cursor, Destination node) {
	}

}
