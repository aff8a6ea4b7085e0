package kz.hub.search;

/**
 * A search request the hub will not run, with the reason in words a client developer
 * understands.
 */
public class InvalidQueryException extends RuntimeException {

	public InvalidQueryException(String message) {
		super(message);
	}

}
