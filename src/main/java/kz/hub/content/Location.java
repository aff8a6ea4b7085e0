package kz.hub.content;

/** A point on the map in decimal degrees. */
public record Location(Double latitude, Double longitude) {

	/** The Earth's mean radius, the one Lucene's geo queries measure with too. */
	private static final double EARTH_RADIUS_KM = 6371.0087714;

	public Location {
		Required.field(latitude, "location.latitude");
		Required.field(longitude, "location.longitude");
		if (latitude < -90 || latitude > 90) {
			throw new IllegalArgumentException("location.latitude " + latitude + " is not between -90 and 90");
		}
		if (longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("location.longitude " + longitude + " is not between -180 and 180");
		}
	}

	/** The great-circle distance to another point (haversine, on a spherical Earth). */
	public double distanceKm(Location other) {
		double dLatitude = Math.toRadians(other.latitude - latitude);
		double dLongitude = Math.toRadians(other.longitude - longitude);
		double h = Math.pow(Math.sin(dLatitude / 2), 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLongitude / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
