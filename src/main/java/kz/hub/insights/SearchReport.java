package kz.hub.insights;

import java.util.List;

/**
 * What people searched in one content version: what /actuator/searches shows.
 *
 * @param version the content version these searches were answered from
 * @param searches searches of this version, each page after the first left out
 * @param zeroHitSearches those that found nothing
 * @param correctedSearches those answered through a spelling correction
 * @param frequent the most frequent queries
 * @param zeroHit the most frequent queries that found nothing
 * @param corrected the most frequent queries answered through a correction, as typed
 */
public record SearchReport(String version, long searches, long zeroHitSearches, long correctedSearches,
		List<QueryCount> frequent, List<QueryCount> zeroHit, List<QueryCount> corrected) {
}
