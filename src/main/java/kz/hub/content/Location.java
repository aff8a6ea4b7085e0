package kz.hub.content;

/** A point on the map in decimal degrees. */
public record Location(Double latitude, Double longitude) {

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

}
