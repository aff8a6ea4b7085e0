package kz.hub.search;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.util.BytesRef;

/**
 * The order of hits and the format of a hit's position in it: its exact score and id, so
 * the next page starts right after it in any process built from the same content.
 */
final class SearchCursor {

	/**
	 * Relevance, then id: the id makes the order, and so the cursors, the same in every
	 * process. A hit's sort values are its score and id.
	 */
	static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
			KeywordField.newSortField(IndexFields.ID, false, SortedSetSelector.Type.MIN));

	private SearchCursor() {
	}

	/** The position of a hit with this score and id. */
	static String position(float score, String id) {
		return Integer.toHexString(Float.floatToIntBits(score)) + ":" + id;
	}

	/**
	 * The hit a position stands for, for Lucene's search after it; null for the first
	 * page.
	 */
	static FieldDoc after(String position) {
		if (position == null) {
			return null;
		}
		int colon = position.indexOf(':');
		try {
			float score = Float.intBitsToFloat(Integer.parseUnsignedInt(position.substring(0, colon), 16));
			String id = position.substring(colon + 1);
			// Ids are unique, so the doc number never decides; MAX_VALUE keeps the hit
			// itself off the next page.
			return new FieldDoc(Integer.MAX_VALUE, score, new Object[] { score, new BytesRef(id) });
		}
		catch (RuntimeException ex) {
			throw new InvalidQueryException("after is not a search cursor this API gave out");
		}
	}

}
