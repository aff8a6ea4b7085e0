package kz.hub.content;

import java.util.List;

/**
 * An editor's answer to one search: the items it shows first, in this order, and the ones
 * it never shows.
 *
 * @param query the search text the rule is for, matched after the search's own analysis
 * @param pin ids of the items that come first, in order
 * @param hide ids of the items that never appear
 */
public record CurationRule(String query, List<String> pin, List<String> hide) {

	public CurationRule {
		pin = Required.listOrEmpty(pin);
		hide = Required.listOrEmpty(hide);
	}

}
