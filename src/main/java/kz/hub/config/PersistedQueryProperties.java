package kz.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which documents the hub runs ({@code hub.graphql.*}; the default is in
 * application.yaml).
 *
 * @param persistedOnly run only the operations shipped with the jar, sent by hash or in
 * full, and introspection; refuse any other document
 */
@ConfigurationProperties("hub.graphql")
public record PersistedQueryProperties(boolean persistedOnly) {
}
