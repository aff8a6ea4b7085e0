package kz.hub.graphql;

import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.DestinationKind;
import kz.hub.content.Guide;
import kz.hub.content.NearbyDestination;
import kz.hub.live.Edition;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchFilter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The places to visit, paged by rank or one by id, and what lies near each. */
@Controller
class DestinationController {

	private final Paging paging;

	DestinationController(Paging paging) {
		this.paging = paging;
	}

	@QueryMapping
	DestinationConnection destinations(@Argument Integer first, @Argument String after,
			@Argument DestinationFilter filter, @ContextValue Edition edition, DataFetchingEnvironment field) {
		int size = paging.pageSize(first, field);
		int afterRank = afterRank(after);
		SearchFilter kept = filter == null ? SearchFilter.NONE
				: filter.searchFilter()
					.inEnglish(edition.content().facetWords())
					.requireKnown(edition.content().destinations());
		List<Destination> matching = edition.content().destinations().stream().filter(kept::accepts).toList();
		Content local = edition.content().in(AnswerLanguage.of(field));
		List<Destination> rest = matching.stream().filter(destination -> destination.rank() > afterRank).toList();
		List<DestinationConnection.Edge> edges = rest.stream()
			.limit(size)
			.map(destination -> new DestinationConnection.Edge(Paging.cursor("rank:" + destination.rank()),
					local.item(destination.id(), Destination.class).orElseThrow()))
			.toList();
		PageInfo pageInfo = PageInfo.of(edges.stream().map(DestinationConnection.Edge::cursor).toList(),
				rest.size() > edges.size(), after);
		return new DestinationConnection(matching.size(), edges, pageInfo);
	}

	@QueryMapping
	@Nullable Destination destination(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return NodeController.item(id, Destination.class, edition, env);
	}

	@SchemaMapping
	List<NearbyDestination> nearby(Destination destination, @Argument double radiusKm, @ContextValue Edition edition,
			DataFetchingEnvironment env) {
		if (!(radiusKm >= 0)) {
			throw new InvalidQueryException("radiusKm must be zero or more, but was " + radiusKm);
		}
		return edition.content().in(AnswerLanguage.of(env)).links().nearby(destination, radiusKm);
	}

	@BatchMapping
	List<Guide> guide(List<Destination> destinations, @ContextValue Edition edition, BatchLoaderEnvironment env) {
		return GuideController.coveringGuides(edition, env, destinations);
	}

	private static int afterRank(String after) {
		String position = Paging.position(after);
		if (position == null) {
			return 0;
		}
		try {
			if (position.startsWith("rank:")) {
				return Integer.parseInt(position.substring("rank:".length()));
			}
		}
		catch (NumberFormatException ex) {
			// reported below like any other foreign cursor
		}
		throw new InvalidQueryException("after is not a destinations cursor: '" + after + "'");
	}

	/**
	 * The {@code DestinationFilter} input: the same fields as search's filter, with the
	 * single kind and activity older clients send.
	 */
	record DestinationFilter(DestinationKind kind, String activity, List<DestinationKind> kinds,
			List<String> activities, List<String> regions) {

		SearchFilter searchFilter() {
			return new SearchFilter(null, oneField("kind", kind, kinds), oneField("activity", activity, activities),
					regions == null ? null : Set.copyOf(regions));
		}

		/** A deprecated single value or the list that replaced it, never both. */
		private static <T> Set<T> oneField(String name, T single, List<T> several) {
			if (single != null && several != null) {
				throw new InvalidQueryException(
						"filter." + name + " and its list form are both given; give one (the list takes several)");
			}
			return single != null ? Set.of(single) : several == null ? null : Set.copyOf(several);
		}

	}

}
