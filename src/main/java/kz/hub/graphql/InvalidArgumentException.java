package kz.hub.graphql;

/**
 * A client sent an argument the hub cannot answer; reported as a BAD_REQUEST GraphQL
 * error.
 */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

}
