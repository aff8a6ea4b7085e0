package kz.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hub reads its content ({@code hub.content.*}; the defaults are in
 * application.yaml).
 *
 * @param location the index-data folder: a plain path to a folder on disk
 * ({@code /srv/content}) or a Spring resource location ({@code file:},
 * {@code classpath:}); the jar carries a copy at {@code classpath:index-data/}
 * @param watch whether to reload the content when files under a folder on disk change
 */
@ConfigurationProperties("hub.content")
public record ContentProperties(String location, boolean watch) {
}
