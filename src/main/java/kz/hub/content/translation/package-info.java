/**
 * The content's Russian and Kazakh editions and the words that differ between languages.
 */
package kz.hub.content.translation;
