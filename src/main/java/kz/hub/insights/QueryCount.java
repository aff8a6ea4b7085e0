package kz.hub.insights;

/**
 * How often one query was searched.
 *
 * @param query the query, trimmed, lower-cased and with its spaces folded
 * @param count how many times it was searched, never fewer than the truth
 * @param overcount how far {@code count} may be above the truth: the count of the rarer
 * query it took the place of; 0 means exact
 */
public record QueryCount(String query, long count, long overcount) {
}
