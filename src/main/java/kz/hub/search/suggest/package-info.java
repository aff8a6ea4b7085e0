/** Search-as-you-type completions of names, aliases and headings. */
package kz.hub.search.suggest;
