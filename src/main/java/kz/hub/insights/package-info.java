/**
 * What people searched, per content version, in bounded memory and without personal data:
 * shown at /actuator/searches and counted in Micrometer.
 */
package kz.hub.insights;
