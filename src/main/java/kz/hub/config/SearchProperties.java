package kz.hub.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hub keeps its search index ({@code hub.search.*}; the defaults are in
 * application.yaml).
 *
 * @param indexPath a folder for the index on disk (memory-mapped); unset keeps it in
 * memory
 * @param resultCacheBytes the heap recent search answers of each edition may take, and an
 * eighth of it more for suggestions; 0 keeps none
 */
@ConfigurationProperties("hub.search")
public record SearchProperties(Path indexPath, long resultCacheBytes) {
}
