/**
 * The path of every request through the hub, in order, in one place.
 */
package kz.hub.pipeline;
