/** Snippets of the hits with the matched words marked. */
package kz.hub.search.highlighting;
