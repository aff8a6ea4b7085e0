/**
 * Answers that caches can keep: a strong ETag and Cache-Control on every successful
 * GraphQL answer, 304 for a current ETag, and the hub's own cache of recent answers by
 * content version.
 */
package kz.hub.caching;
