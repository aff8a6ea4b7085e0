/**
 * The content's Russian and Kazakh translations and the words that differ between
 * languages.
 */
package kz.hub.content.translation;
