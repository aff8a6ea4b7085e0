/**
 * Text analysis: how English, Russian and Kazakh words are folded, stemmed and given
 * their synonyms.
 */
package kz.hub.search.analysis;
