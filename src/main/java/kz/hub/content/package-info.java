/**
 * The hub's content as the rest of the hub uses it: the model authored in index-data and
 * {@link kz.hub.content.Content}, one loaded version of it with its lookups and links.
 * Reading it is in {@code loading}, its other languages in {@code translation}.
 */
package kz.hub.content;
