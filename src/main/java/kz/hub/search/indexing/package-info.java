/**
 * Writing the content into the Lucene index: one document per item and language, and the
 * fields they hold.
 */
package kz.hub.search.indexing;
