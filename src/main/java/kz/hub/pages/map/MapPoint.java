package kz.hub.pages.map;

import java.util.Locale;
import java.util.Objects;

/**
 * A destination to mark on the map, as a link to its page.
 *
 * @param id the destination's id, written as the marker's {@code data-id}
 * @param label the link's accessible name, in the page's language
 * @param latitude degrees north
 * @param longitude degrees east
 * @param href where the marker links to: a path on this site or an http(s) address
 */
public record MapPoint(String id, String label, double latitude, double longitude, String href) {

	/**
	 * Checks the values: a label to name the link, coordinates on the globe, a harmless
	 * href.
	 */
	public MapPoint {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(href, "href");
		if (label.isBlank()) {
			throw new IllegalArgumentException("Map point " + id + " has no label to name its link");
		}
		if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException(
					"Map point " + id + " is not on the globe: " + latitude + ", " + longitude);
		}
		if (!safe(href)) {
			throw new IllegalArgumentException("Map point " + id + " links to neither this site nor http(s): " + href);
		}
	}

	private static boolean safe(String href) {
		String lower = href.toLowerCase(Locale.ROOT);
		boolean path = href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\");
		return path || lower.startsWith("https://") || lower.startsWith("http://");
	}

}
