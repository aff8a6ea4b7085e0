/** Controllers that map the GraphQL schema onto the content and the search index. */
package kz.hub.graphql;
