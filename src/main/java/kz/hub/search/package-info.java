/**
 * Full-text search: the Lucene index built from the content and what the rest of the hub
 * asks of it (requests, results, filters, sorts, suggestions). How it works is split by
 * job into {@code analysis}, {@code indexing}, {@code query}, {@code hits},
 * {@code highlighting} and {@code suggest}.
 */
package kz.hub.search;
