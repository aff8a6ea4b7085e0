package kz.hub.search.query;

import kz.hub.search.indexing.IndexFields;

/**
 * The fields a query runs against, each with how much a match in it counts: names most,
 * then short facts, then prose.
 */
public enum SearchedField {

	TITLE(IndexFields.TITLE, 4f), ALIASES(IndexFields.ALIASES, 3f), DETAILS(IndexFields.DETAILS, 2f),
	TEXT(IndexFields.TEXT, 1f);

	private final String field;

	private final float boost;

	SearchedField(String field, float boost) {
		this.field = field;
		this.boost = boost;
	}

	public String field() {
		return field;
	}

	float boost() {
		return boost;
	}

}
