package kz.hub.caching;

/**
 * What GraphQL made of one request, as {@link AnswerOutcome} tells the
 * {@link HttpCachingFilter} that holds the answer: whether it succeeded, and what to do
 * again when it is sent from the cache.
 */
final class GraphQlOutcome {

	static final String ATTRIBUTE = GraphQlOutcome.class.getName();

	private final AnswerReplays replays = new AnswerReplays();

	private volatile boolean succeeded;

	AnswerReplays replays() {
		return replays;
	}

	boolean succeeded() {
		return succeeded;
	}

	void succeeded(boolean succeeded) {
		this.succeeded = succeeded;
	}

}
