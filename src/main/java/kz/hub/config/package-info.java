/** Cross-cutting wiring: settings and the beans that hold the loaded content. */
package kz.hub.config;
