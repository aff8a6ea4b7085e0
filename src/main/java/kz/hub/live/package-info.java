/**
 * Live content: the edition the hub serves, replaced whole when index-data changes, and
 * its health.
 */
package kz.hub.live;
