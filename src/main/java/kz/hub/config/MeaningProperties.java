package kz.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search by meaning ({@code hub.search.meaning.*}; the defaults are in application.yaml).
 *
 * @param enabled whether English searches find by meaning once the content is embedded in
 * the background
 * @param cacheSize how many vectors to keep for later editions (1.5 KB each): at least
 * the content's English items and sections, so a reload embeds only what changed
 */
@ConfigurationProperties("hub.search.meaning")
public record MeaningProperties(boolean enabled, int cacheSize) {
}
