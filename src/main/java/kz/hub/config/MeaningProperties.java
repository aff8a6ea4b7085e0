package kz.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search by meaning ({@code hub.search.meaning.*}; the defaults are in application.yaml).
 *
 * @param enabled whether English searches find by meaning once the content is embedded in
 * the background
 * @param vectorCacheBytes the bytes of the content's vectors kept for later editions (1.6
 * KB each): at least the content's English items and sections, so a reload embeds only
 * what changed
 * @param queryCacheBytes the bytes of recent queries' vectors kept, so a query asked
 * again with other filters, another page or sort is not embedded again
 */
@ConfigurationProperties("hub.search.meaning")
public record MeaningProperties(boolean enabled, long vectorCacheBytes, long queryCacheBytes) {
}
