package kz.hub.caching;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import graphql.GraphQLContext;

/**
 * What making one answer did that must happen again each time the answer is sent from the
 * answer cache or confirmed with a 304, such as counting a search: a cached answer skips
 * GraphQL, and what it skips would otherwise go uncounted.
 */
public final class AnswerReplays {

	private final List<Replay> effects = new CopyOnWriteArrayList<>();

	/**
	 * An effect to do again, and the heap it holds (what it captured), so the answer
	 * cache can weigh it.
	 */
	record Replay(Runnable effect, int heldBytes) {
	}

	/**
	 * Does the effect now and again whenever this request's answer is sent from a cache.
	 * Outside an HTTP request (no replays in the context) it is done once.
	 * @param heldBytes the heap the effect holds while kept, such as the text it records
	 */
	public static void doAndReplay(GraphQLContext context, int heldBytes, Runnable effect) {
		effect.run();
		AnswerReplays replays = context.get(AnswerReplays.class);
		if (replays != null) {
			replays.effects.add(new Replay(effect, heldBytes));
		}
	}

	List<Replay> effects() {
		return List.copyOf(effects);
	}

}
