/** The GraphiQL playground, served with all its assets by the hub itself. */
package kz.hub.playground;
