package kz.hub.pages.map;

/**
 * A place on the map, in the units of its viewBox: x grows to the east, y to the south.
 *
 * @param x distance from the viewBox's left edge
 * @param y distance from the viewBox's top edge
 */
public record MapPosition(double x, double y) {

}
