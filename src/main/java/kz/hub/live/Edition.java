package kz.hub.live;

import java.time.Instant;

import kz.hub.content.Content;
import kz.hub.search.SearchIndex;

/**
 * One loaded version of the content with the search index built from it: all that one
 * request reads.
 */
public record Edition(Content content, SearchIndex index, Instant loadedAt) {
}
