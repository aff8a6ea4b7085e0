package kz.hub.pages;

/**
 * A link to another page.
 *
 * @param text what the link says
 * @param href the address, relative to the context path
 * @param lang the language of the text when it is not the page's (an untranslated item),
 * else null
 */
record PageLink(String text, String href, String lang) {
}
