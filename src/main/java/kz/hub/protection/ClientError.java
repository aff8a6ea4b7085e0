package kz.hub.protection;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The one shape of a client error: a GraphQL error classified BAD_REQUEST whose message
 * says what was wrong. GraphQL answers carry it in their errors; requests refused before
 * GraphQL runs get it as the whole body, as GraphQL over HTTP writes errors.
 */
public final class ClientError {

	private ClientError() {
	}

	/** The GraphQL error for a request the hub will not answer. */
	public static GraphQLError of(String message) {
		return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST).build();
	}

	/** The GraphQL error for a field the hub will not answer, with the field's path. */
	public static GraphQLError of(DataFetchingEnvironment field, String message) {
		return GraphqlErrorBuilder.newError(field).message(message).errorType(ErrorType.BAD_REQUEST).build();
	}

	/** Stops an operation before it runs, with the error the client gets. */
	static AbortExecutionException abort(String message) {
		return new AbortExecutionException(List.of(of(message)));
	}

	/** Answers a request refused before GraphQL ran, e.g. one too large or malformed. */
	public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		// a refusal is about this request at this moment: no cache may keep it
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		GraphQlJson.MAPPER.writeValue(response.getOutputStream(),
				Map.of("errors", List.of(of(message).toSpecification())));
	}

}
