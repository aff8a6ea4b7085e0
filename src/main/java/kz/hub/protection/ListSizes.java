package kz.hub.protection;

import java.util.Map;

import graphql.language.IntValue;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import kz.hub.content.Content;
import kz.hub.search.SearchIndex;

/**
 * The most items each list field of the schema can return for one version of the content:
 * a page as large as its {@code first}, suggestions as many as their {@code limit}, and
 * any other list of items at most as many as the content holds of that type.
 *
 * @param contentVersion the version of the content the sizes are of
 * @param itemsByType how many items of each schema type the content holds
 * @param sectionsPerHit the most guide sections a search hit lists beside its item
 */
record ListSizes(String contentVersion, Map<String, Integer> itemsByType, int sectionsPerHit) {

	/** Lists of what search computes rather than of content, as search defines them. */
	private static final Map<String, Integer> SEARCH_LISTS = Map.of("Facet", SearchIndex.facetCount(), "FacetValue",
			SearchIndex.mostValuesPerFacet());

	static ListSizes of(Content content) {
		Map<String, Integer> counts = content.counts();
		int destinations = counts.get("destinations");
		return new ListSizes(content.version(),
				Map.of("Guide", counts.get("guides"), "Section", counts.get("sections"), "Permit",
						counts.get("permits"), "Requirement", counts.get("requirements"), "Document",
						counts.get("documents"), "ApplicationStep", counts.get("steps"), "Destination", destinations,
						"NearbyDestination", Math.max(0, destinations - 1)),
				SearchIndex.mostSectionsPerHit(content));
	}

	/**
	 * How many items the field can return: 1 for a field that is not a list, and for a
	 * list of scalars, whose items cost no lookups.
	 */
	long mostItems(ExecutableNormalizedField field, GraphQLSchema schema) {
		GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).getFirst();
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
		GraphQLUnmodifiedType item = GraphQLTypeUtil.unwrapAll(type);
		if (!(type instanceof GraphQLList)
				|| !(item instanceof GraphQLObjectType || GraphQLTypeUtil.isInterfaceOrUnion(item))) {
			return 1;
		}
		return switch (item.getName()) {
			// a connection's edges: as many as the connection's first
			case "DestinationEdge", "SearchEdge" -> number(field.getParent(), "first", schema);
			case "Suggestion" -> number(field, "limit", schema);
			case "Section" ->
				field.getObjectTypeNames().contains("SearchEdge") ? sectionsPerHit : itemsByType.get("Section");
			case "Highlight" -> (long) SearchIndex.mostHighlightsPerItem() * (1 + sectionsPerHit);
			default -> itemsByType.getOrDefault(item.getName(), SEARCH_LISTS.getOrDefault(item.getName(), 1));
		};
	}

	/**
	 * A number argument as given, or its schema default when left out or null, as the
	 * controllers read it. A number out of range is refused with its own error when the
	 * field runs; here it only must not hide a cost.
	 */
	private static long number(ExecutableNormalizedField field, String name, GraphQLSchema schema) {
		Object given = field.getResolvedArguments().get(name);
		GraphQLArgument argument = field.getFieldDefinitions(schema).getFirst().getArgument(name);
		if (given == null && argument != null) {
			given = argument.getArgumentDefaultValue().getValue();
		}
		return switch (given) {
			case Number number -> Math.max(0, number.longValue());
			case IntValue literal -> Math.max(0, literal.getValue().longValue());
			case null, default -> 1;
		};
	}

}
