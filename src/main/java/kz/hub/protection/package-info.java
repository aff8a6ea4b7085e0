/**
 * What keeps a public, read-only hub answering: request limits with clear errors, and
 * security headers.
 */
package kz.hub.protection;
