/**
 * The hits of a search: matches grouped by item, curated, filtered, counted into facets,
 * sorted and paged.
 */
package kz.hub.search.hits;
