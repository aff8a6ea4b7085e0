/**
 * The hub's own site for people: server-rendered pages under a language prefix
 * ({@code /en/}, {@code /ru/}, {@code /kk/}) that read the same edition and call the same
 * content and search APIs as the GraphQL controllers.
 */
package kz.hub.pages;
