package kz.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long caches may keep a successful answer and how much of them the hub keeps itself
 * ({@code hub.http.*}; the defaults are in application.yaml).
 *
 * @param maxAge seconds a successful answer is fresh ({@code Cache-Control: max-age})
 * @param staleWhileRevalidate seconds past that a cache may still serve it while it asks
 * again ({@code stale-while-revalidate})
 * @param answerCacheBytes total bytes of recent answers the hub keeps to serve again
 * without running GraphQL; 0 keeps none
 */
@ConfigurationProperties("hub.http")
public record HttpCacheProperties(long maxAge, long staleWhileRevalidate, long answerCacheBytes) {

	/** The Cache-Control of a successful answer. */
	public String cacheControl() {
		return "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
	}

}
