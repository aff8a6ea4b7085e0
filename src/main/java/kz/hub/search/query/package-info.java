/**
 * Turning what a person typed into Lucene queries: validating, correcting typos, boosting
 * fields and languages.
 */
package kz.hub.search.query;
