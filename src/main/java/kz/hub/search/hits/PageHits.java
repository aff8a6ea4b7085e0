package kz.hub.search.hits;

import kz.hub.content.Language;
import kz.hub.search.SearchResults;
import kz.hub.search.highlighting.HitHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Query;

/**
 * The hits of one page as the answer shows them: each item with the sections about it
 * that matched, and the highlights of both, the item's own first.
 */
final class PageHits {

	private final HitCatalog catalog;

	private final HitHighlighter highlighter;

	PageHits(HitCatalog catalog, HitHighlighter highlighter) {
		this.catalog = catalog;
		this.highlighter = highlighter;
	}

	/**
	 * The page's hits, each with its matching sections and the highlights of all.
	 * @param pinned how many hits lead the page as pinned
	 * @param pinsBefore how many pinned hits came on earlier pages
	 * @param chosen the language the client chose, or null
	 */
	List<SearchResults.Hit> hits(Query highlighting, boolean highlight, HitOrder order, BestScores.Matches matches,
			int[] page, int pinned, int pinsBefore, Language chosen) throws IOException {
		List<Integer> docs = new ArrayList<>();
		Language[] languages = new Language[page.length];
		for (int i = 0; i < page.length; i++) {
			int hit = page[i];
			languages[i] = answered(hit, matches, chosen);
			for (int doc : catalog.members(hit)) {
				if (matches.docs().get(doc) && catalog.languageOfDoc(doc) == languages[i]) {
					docs.add(doc);
				}
			}
		}
		int[] docIds = docs.stream().mapToInt(Integer::intValue).toArray();
		Language[] docLanguages = docs.stream().map(catalog::languageOfDoc).toArray(Language[]::new);
		// Highlights are most of the work of a search: only when the client asked.
		List<List<SearchResults.Highlight>> highlights = highlight && docIds.length > 0
				? highlighter.highlights(highlighting, docIds, docLanguages) : null;
		List<SearchResults.Hit> hits = new ArrayList<>(page.length);
		int next = 0;
		for (int i = 0; i < page.length; i++) {
			int hit = page[i];
			String id = catalog.id(hit);
			Language language = languages[i];
			List<String> sections = new ArrayList<>();
			List<SearchResults.Highlight> marks = new ArrayList<>();
			for (; next < docIds.length && catalog.hitOfDoc(docIds[next]) == hit; next++) {
				String item = catalog.itemOfDoc(docIds[next]);
				String section = item.equals(id) ? null : item;
				if (section != null) {
					sections.add(section);
				}
				if (highlights != null) {
					highlights.get(next)
						.forEach(mark -> marks
							.add(new SearchResults.Highlight(mark.field(), mark.snippet(), section, language)));
				}
			}
			// Found by its meaning alone, a hit has no word to mark: it shows the opening
			// of the text that came nearest.
			int nearest = matches.bestDoc()[hit];
			if (highlights != null && marks.isEmpty() && nearest >= 0 && matches.docs().get(nearest)
					&& catalog.languageOfDoc(nearest) == language) {
				SearchResults.Highlight opening = highlighter.opening(nearest, language);
				if (opening != null) {
					String item = catalog.itemOfDoc(nearest);
					marks.add(new SearchResults.Highlight(opening.field(), opening.snippet(),
							item.equals(id) ? null : item, language));
				}
			}
			SearchCursor position = i < pinned ? order.pinnedPosition(pinsBefore + i, hit)
					: order.position(hit, matches.best());
			hits.add(new SearchResults.Hit(id, matches.best()[hit], order.distanceKm(hit), sections, marks,
					position.encoded(), i < pinned, languages[i]));
		}
		return hits;
	}

	/**
	 * The language a hit answers in: the chosen one where the hit is written in it, else
	 * the language of the document that scored best, else English.
	 */
	private Language answered(int hit, BestScores.Matches matches, Language chosen) {
		if (chosen != null) {
			return catalog.isWrittenIn(hit, chosen) ? chosen : Language.EN;
		}
		int best = matches.bestDoc()[hit];
		return best >= 0 && matches.docs().get(best) ? catalog.languageOfDoc(best) : Language.EN;
	}

}
