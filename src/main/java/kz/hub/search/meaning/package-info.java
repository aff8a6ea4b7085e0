/**
 * Search by meaning: English sentence vectors of the content from a model that runs in
 * process, kept by the hash of their text so a reload embeds only what changed.
 */
package kz.hub.search.meaning;
