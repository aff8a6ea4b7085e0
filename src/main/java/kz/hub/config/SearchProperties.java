package kz.hub.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hub keeps its search index ({@code hub.search.*}).
 *
 * @param indexPath a folder for the index on disk (memory-mapped); unset keeps it in memory
 */
@ConfigurationProperties("hub.search")
public record SearchProperties(Path indexPath) {
}
