package kz.hub.insights;

/**
 * How often one query was searched, as /actuator/searches shows it.
 *
 * @param query the query, trimmed, lower-cased and with its spaces folded
 * @param count how many times it was surely searched: never more than the truth
 * @param overcount how many more times it may have been searched: the count of the rarer
 * query whose counter it took over; 0 means {@code count} is exact
 */
public record QueryCount(String query, long count, long overcount) {
}
