package kz.hub.content;

/** Another destination and how far it is by great-circle distance. */
public record NearbyDestination(double distanceKm, Destination destination) {
}
