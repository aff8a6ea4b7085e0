/**
 * The hub's content: the model authored in index-data and the loader that validates it.
 */
package kz.hub.content;
