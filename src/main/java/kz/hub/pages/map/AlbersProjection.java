package kz.hub.pages.map;

/**
 * Albers conic equal-area projection on a sphere (Snyder, Map Projections: A Working
 * Manual, 14-1 to 14-4), scaled and shifted into a map's viewBox.
 *
 * @param standardParallel1 first standard parallel, degrees north
 * @param standardParallel2 second standard parallel, degrees north
 * @param centralMeridian central meridian, degrees east
 * @param originLatitude latitude of the origin, degrees north
 * @param scale map units per earth radius
 * @param originX map x of the origin (central meridian at the origin latitude)
 * @param originY map y of the origin
 */
public record AlbersProjection(double standardParallel1, double standardParallel2, double centralMeridian,
		double originLatitude, double scale, double originX, double originY) {

	/** Where a latitude and longitude in degrees fall on the map. */
	public MapPosition project(double latitude, double longitude) {
		double n = (sin(this.standardParallel1) + sin(this.standardParallel2)) / 2;
		double c = Math.pow(Math.cos(Math.toRadians(this.standardParallel1)), 2) + 2 * n * sin(this.standardParallel1);
		double rho0 = Math.sqrt(c - 2 * n * sin(this.originLatitude)) / n;
		double rho = Math.sqrt(c - 2 * n * sin(latitude)) / n;
		double theta = n * Math.toRadians(longitude - this.centralMeridian);
		double x = rho * Math.sin(theta);
		double y = rho0 - rho * Math.cos(theta);
		return new MapPosition(this.originX + this.scale * x, this.originY - this.scale * y);
	}

	/**
	 * The parameters as the outline resource's header line writes them, for instance
	 * {@code albers lat1=42 lat2=52 lon0=67 lat0=47 scale=2100 x0=502 y0=324}.
	 */
	String header() {
		return "albers lat1=" + number(this.standardParallel1) + " lat2=" + number(this.standardParallel2) + " lon0="
				+ number(this.centralMeridian) + " lat0=" + number(this.originLatitude) + " scale=" + number(this.scale)
				+ " x0=" + number(this.originX) + " y0=" + number(this.originY);
	}

	private static double sin(double degrees) {
		return Math.sin(Math.toRadians(degrees));
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
