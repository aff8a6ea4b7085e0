package kz.hub.caching;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A GraphQL answer held until it is whole, up to {@code hub.limits.max-response-bytes},
 * so its size can be checked and its caching headers chosen before any of it leaves.
 */
final class CapturedAnswer extends HeldAnswer {

	/** The key of the request, or null when its answer is not one to cache. */
	private final AnswerKey key;

	private final GraphQlOutcome outcome;

	private final String ifNoneMatch;

	CapturedAnswer(HttpServletResponse response, long maxBytes, AnswerKey key, GraphQlOutcome outcome,
			String ifNoneMatch) {
		super(response, maxBytes);
		this.key = key;
		this.outcome = outcome;
		this.ifNoneMatch = ifNoneMatch;
	}

	AnswerKey key() {
		return key;
	}

	AnswerReplays replays() {
		return outcome.replays();
	}

	/** Whether GraphQL answered with data and no errors ({@link AnswerOutcome}). */
	boolean succeeded() {
		return outcome.succeeded();
	}

	/** Whether the client already holds this answer, by the ETag it sent. */
	boolean clientHolds() {
		return key != null && key.matches(ifNoneMatch);
	}

}
