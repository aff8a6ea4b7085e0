package kz.hub.graphql;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import kz.hub.protection.ClientError;
import kz.hub.search.InvalidQueryException;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Reports a request the hub will not answer as a BAD_REQUEST error with the reason, never
 * as a server error.
 */
@ControllerAdvice
class ClientErrorAdvice {

	@GraphQlExceptionHandler
	GraphQLError invalidQuery(InvalidQueryException ex, DataFetchingEnvironment field) {
		return ClientError.of(field, ex.getMessage());
	}

}
