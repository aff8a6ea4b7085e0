/**
 * Full-text search: the Lucene index built from the content, its queries, hits (an item
 * with the guide sections about it), filters, facets, sorts, highlights and suggestions.
 */
package kz.hub.search;
