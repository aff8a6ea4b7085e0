/**
 * Full-text search: the Lucene index built from the content, its queries, highlights,
 * facets and suggestions.
 */
package kz.hub.search;
