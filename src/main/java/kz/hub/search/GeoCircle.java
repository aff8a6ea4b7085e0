package kz.hub.search;

/** A circle on the map, in decimal degrees and kilometres. */
public record GeoCircle(double latitude, double longitude, double radiusKm) {

	/** Half the Earth's circumference: a larger radius covers the whole planet anyway. */
	static final double MAX_RADIUS_KM = 20_037;

	/**
	 * The circle around a point that holds every place on Earth: to sort by distance
	 * alone.
	 */
	public static GeoCircle around(double latitude, double longitude) {
		return new GeoCircle(latitude, longitude, MAX_RADIUS_KM);
	}

	public GeoCircle {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new InvalidQueryException("near.latitude must be between -90 and 90, but was " + latitude);
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new InvalidQueryException("near.longitude must be between -180 and 180, but was " + longitude);
		}
		if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
			throw new InvalidQueryException(
					"near.radiusKm must be more than 0 and at most " + MAX_RADIUS_KM + ", but was " + radiusKm);
		}
	}

}
