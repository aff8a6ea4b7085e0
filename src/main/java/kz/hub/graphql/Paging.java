package kz.hub.graphql;

import graphql.language.IntValue;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import kz.hub.config.LimitsProperties;
import kz.hub.search.InvalidQueryException;

import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.stereotype.Component;

/** Page sizes and opaque, stateless cursors shared by the connections of the API. */
@Component
class Paging {

	private static final CursorEncoder ENCODER = CursorEncoder.base64();

	private final int maxPageSize;

	Paging(LimitsProperties limits) {
		this.maxPageSize = limits.maxPageSize();
	}

	/**
	 * The {@code first} of a connection field checked against the limit; an explicit null
	 * means the schema's default, as leaving it out does.
	 */
	int pageSize(Integer first, DataFetchingEnvironment field) {
		int size = first != null ? first : schemaDefault(field, "first");
		if (size < 0 || size > maxPageSize) {
			throw new InvalidQueryException("first must be between 0 and " + maxPageSize + ", but was " + size);
		}
		return size;
	}

	/** The default the schema gives a number argument of the field. */
	static int schemaDefault(DataFetchingEnvironment field, String argument) {
		GraphQLArgument definition = field.getFieldDefinition().getArgument(argument);
		return switch (definition.getArgumentDefaultValue().getValue()) {
			case IntValue literal -> literal.getValue().intValueExact();
			case Integer value -> value;
			case null, default -> throw new IllegalStateException("the schema gives "
					+ field.getFieldDefinition().getName() + "(" + argument + ") no number default");
		};
	}

	static String cursor(String position) {
		return ENCODER.encode(position);
	}

	/**
	 * The position an {@code after} cursor points at, or null when the client gave none.
	 */
	static String position(String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			return ENCODER.decode(cursor);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException("after is not a cursor this API gave out: '" + cursor + "'");
		}
	}

}
