package kz.hub.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hub keeps its search index ({@code hub.search.*}; the defaults are in
 * application.yaml).
 *
 * @param indexPath a folder for the index on disk (memory-mapped); unset keeps it in
 * memory
 * @param resultCacheSize how many recent search answers each edition keeps in memory; 0
 * keeps none
 */
@ConfigurationProperties("hub.search")
public record SearchProperties(Path indexPath, int resultCacheSize) {
}
