package kz.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the hub reads its content ({@code hub.content.*}).
 *
 * @param location the index-data folder as a Spring resource location; the jar carries a
 * copy at {@code classpath:index-data/}
 * @param watch whether to reload the content when files under a {@code file:} location
 * change
 */
@ConfigurationProperties("hub.content")
public record ContentProperties(@DefaultValue("classpath:index-data/") String location,
		@DefaultValue("false") boolean watch) {
}
