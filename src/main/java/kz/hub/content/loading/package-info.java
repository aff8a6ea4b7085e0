/**
 * Reading index-data, English and translations, and refusing any content that breaks its
 * rules.
 */
package kz.hub.content.loading;
