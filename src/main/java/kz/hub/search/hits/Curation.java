package kz.hub.search.hits;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import kz.hub.content.CurationRule;
import kz.hub.search.UnindexableContentException;
import kz.hub.search.analysis.TextAnalysis;

/**
 * The editors' rules of index-data by the searches they answer. A search text matches a
 * rule when its words after {@link TextAnalysis#english} (folded, stemmed, stop words
 * left out, no synonyms) equal those of the rule's query: "Residence permits" matches a
 * rule for "residence permit". An id stands for the hit that shows its item, so a section
 * about a place pins or hides the place's hit.
 */
final class Curation {

	private final TextAnalysis analysis;

	private final Map<List<String>, Rule> rules = new HashMap<>();

	/**
	 * @param maxDoc how many documents the index holds, to find the hit of each id
	 * @throws UnindexableContentException when a rule's query has no word a search could
	 * have
	 */
	Curation(List<CurationRule> curation, TextAnalysis analysis, HitCatalog catalog, int maxDoc) {
		this.analysis = analysis;
		Map<String, Integer> hitOfItem = new HashMap<>();
		// Most indexes have no rules, and a big one has many documents to look through.
		for (int doc = 0; doc < (curation.isEmpty() ? 0 : maxDoc); doc++) {
			hitOfItem.put(catalog.itemOfDoc(doc), catalog.hitOfDoc(doc));
		}
		for (CurationRule rule : curation) {
			List<String> words = TextAnalysis.words(analysis.english, rule.query());
			if (words.isEmpty()) {
				throw new UnindexableContentException("curation.yaml", 0, "the rule for '" + rule.query()
						+ "' has no word a search could have; write the words people type", null);
			}
			// The first rule for a search wins, as the first answer an editor wrote.
			rules.putIfAbsent(words, new Rule(hits(rule.pin(), hitOfItem), hidden(hits(rule.hide(), hitOfItem))));
		}
	}

	private static int[] hits(List<String> ids, Map<String, Integer> hitOfItem) {
		Set<Integer> hits = new LinkedHashSet<>();
		ids.stream().map(hitOfItem::get).filter(hit -> hit != null).forEach(hits::add);
		return hits.stream().mapToInt(Integer::intValue).toArray();
	}

	private static BitSet hidden(int[] hits) {
		BitSet hidden = new BitSet();
		for (int hit : hits) {
			hidden.set(hit);
		}
		return hidden;
	}

	/** The rule of a search text; one that changes nothing when no rule matches. */
	Rule ruleFor(String text) {
		return rules.getOrDefault(TextAnalysis.words(analysis.english, text), Rule.NONE);
	}

	/**
	 * One rule as hit numbers.
	 *
	 * @param pins the pinned hits in order
	 * @param hidden the hidden hits, never changed once built
	 */
	record Rule(int[] pins, BitSet hidden) {

		static final Rule NONE = new Rule(new int[0], new BitSet());

		/**
		 * The matches without the hidden hits and with the pinned ones, which need not
		 * match the text: those that did not score 0.
		 * @param reachable whether a hit that did not match may still be shown, e.g. is
		 * inside the search's circle
		 */
		BestScores.Matches apply(BestScores.Matches matches, IntPredicate reachable) {
			if (this == NONE) {
				return matches;
			}
			// The scores are this search's own, so they are changed in place.
			float[] best = matches.best();
			int[] bestDoc = matches.bestDoc();
			int[] matched = new int[matches.count() + pins.length];
			int count = 0;
			for (int i = 0; i < matches.count(); i++) {
				if (!hidden.get(matches.matched()[i])) {
					matched[count++] = matches.matched()[i];
				}
			}
			for (int pin : pins) {
				if (Float.isNaN(best[pin]) && !hidden.get(pin) && reachable.test(pin)) {
					best[pin] = 0;
					bestDoc[pin] = -1;
					matched[count++] = pin;
				}
			}
			return new BestScores.Matches(best, matched, count, matches.docs(), bestDoc);
		}

		/**
		 * The pinned hits this search shows, in order: those among the matches the filter
		 * keeps.
		 */
		int[] shown(BestScores.Matches applied, HitFilter filter) {
			return Arrays.stream(pins)
				.filter(pin -> !Float.isNaN(applied.best()[pin]) && !hidden.get(pin) && filter.keeps(pin))
				.toArray();
		}

		/**
		 * Leaves the shown pins out of the kept hits, which keep their order.
		 * @return how many hits are left
		 */
		static int withoutPins(int[] kept, int count, int[] shown) {
			BitSet pinned = new BitSet();
			for (int pin : shown) {
				pinned.set(pin);
			}
			int left = 0;
			for (int i = 0; i < count; i++) {
				if (!pinned.get(kept[i])) {
					kept[left++] = kept[i];
				}
			}
			return left;
		}

	}

}
