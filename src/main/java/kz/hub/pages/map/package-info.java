/**
 * An offline map of Kazakhstan drawn on the server as inline SVG: the country's outline,
 * committed once as a resource, and links at destinations projected with the same
 * formula. No tiles, no script, no inline styles.
 */
package kz.hub.pages.map;
