package kz.hub.pages.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The map of Kazakhstan as inline SVG: its outline and a link at each destination.
 *
 * <p>
 * The outline ({@code map/kazakhstan.svgpath}) was projected from Natural Earth with
 * {@link #PROJECTION}, the only place its parameters are defined in Java; the resource's
 * header names the parameters it was made with, and loading fails when they differ.
 * Points are projected with the same formula. A point that falls outside the viewBox
 * (Moscow, or latitude and longitude swapped) is refused by {@link #render}; one inside
 * the frame but across a border is drawn where it is.
 *
 * <p>
 * The SVG has no script and no {@code style} attribute: pages style it through the
 * classes {@code map}, {@code map-land}, {@code map-point} (the link) and
 * {@code map-marker} (its circle).
 */
public final class KazakhstanMap {

	/** The projection of the outline and the points: see {@code map/README.md}. */
	public static final AlbersProjection PROJECTION = new AlbersProjection(42, 52, 67, 47, 2100, 502, 324);

	/** The viewBox's width in map units. */
	public static final int WIDTH = 1000;

	/** The viewBox's height in map units. */
	public static final int HEIGHT = 575;

	static final String RESOURCE = "map/kazakhstan.svgpath";

	private static final String TITLE_ID = "kz-map-title";

	private static final double MARKER_RADIUS = 7;

	private final String outline;

	private KazakhstanMap(String outline) {
		this.outline = outline;
	}

	/** The map, its outline read from the classpath on first use. */
	public static KazakhstanMap instance() {
		return Loaded.MAP;
	}

	/** The outline as an SVG path {@code d} string in the viewBox's units. */
	public String outlinePath() {
		return this.outline;
	}

	/** Where a latitude and longitude fall on this map, inside the viewBox or not. */
	public MapPosition project(double latitude, double longitude) {
		return PROJECTION.project(latitude, longitude);
	}

	/** Whether a latitude and longitude fall inside this map's viewBox. */
	public boolean isOnMap(double latitude, double longitude) {
		MapPosition position = project(latitude, longitude);
		return position.x() >= 0 && position.x() <= WIDTH && position.y() >= 0 && position.y() <= HEIGHT;
	}

	/**
	 * The map as an inline {@code <svg>} element named by {@code title}, in the page's
	 * language; each point a link named by its label. Without points the SVG is one image
	 * ({@code role="img"}); with them a group ({@code role="group"}), since an image's
	 * content is hidden from assistive technology and the links would be too.
	 * @throws IllegalArgumentException when a point falls outside the viewBox
	 */
	public String render(String title, List<MapPoint> points) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("The map needs a title to name it");
		}
		for (MapPoint point : points) {
			if (!isOnMap(point.latitude(), point.longitude())) {
				throw new IllegalArgumentException("Map point " + point.id() + " at " + point.latitude() + ", "
						+ point.longitude() + " is outside the map of Kazakhstan");
			}
		}
		StringBuilder svg = new StringBuilder(this.outline.length() + 200 + 250 * points.size());
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" class=\"map\" role=\"")
			.append(points.isEmpty() ? "img" : "group")
			.append("\" aria-labelledby=\"" + TITLE_ID + "\"><title id=\"" + TITLE_ID + "\">")
			.append(escape(title))
			.append("</title><path class=\"map-land\" aria-hidden=\"true\" d=\"")
			.append(this.outline)
			.append("\"/>");
		for (MapPoint point : points) {
			MapPosition at = project(point.latitude(), point.longitude());
			String label = escape(point.label());
			svg.append("<a class=\"map-point\" href=\"")
				.append(escape(point.href()))
				.append("\" data-id=\"")
				.append(escape(point.id()))
				.append("\" aria-label=\"")
				.append(label)
				.append("\"><title>")
				.append(label)
				.append("</title><circle class=\"map-marker\" cx=\"")
				.append(Math.round(at.x()))
				.append("\" cy=\"")
				.append(Math.round(at.y()))
				.append("\" r=\"")
				.append(AlbersProjection.number(MARKER_RADIUS))
				.append("\"/></a>");
		}
		return svg.append("</svg>").toString();
	}

	/** Text made safe for XML content and attribute values. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * Reads an outline resource: its header must name {@link #PROJECTION} and the
	 * viewBox.
	 */
	static String readOutline(String resource) {
		try (InputStream in = KazakhstanMap.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No map outline on the classpath at " + resource);
			}
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			String expected = "# " + PROJECTION.header() + " width=" + WIDTH + " height=" + HEIGHT;
			if (lines.size() != 2 || !lines.get(0).equals(expected)) {
				throw new IllegalStateException(
						"The map outline " + resource + " was not made with the projection " + expected);
			}
			String path = lines.get(1);
			if (!path.matches("[MlzZ0-9 -]+")) {
				throw new IllegalStateException("The map outline " + resource + " is not a plain path");
			}
			return path;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Loaded {

		static final KazakhstanMap MAP = new KazakhstanMap(readOutline(RESOURCE));

	}

}
