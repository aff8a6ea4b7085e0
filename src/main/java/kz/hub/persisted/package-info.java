/**
 * Queries sent by their hash: automatic persisted queries as Apollo Client, urql and
 * Relay send them, and the operations shipped with the jar, which alone run when
 * {@code hub.graphql.persisted-only} is on.
 */
package kz.hub.persisted;
