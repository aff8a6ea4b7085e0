package kz.hub.pages.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bounding box of an outline path made of absolute moves and relative lines. */
record OutlineBounds(int minX, int minY, int maxX, int maxY) {

	private static final Pattern SUBPATH = Pattern.compile("M(-?\\d+) ?(-?\\d+)l([-\\d ]*)z");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+");

	static OutlineBounds of(String path) {
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = Integer.MIN_VALUE;
		int maxY = Integer.MIN_VALUE;
		Matcher subpath = SUBPATH.matcher(path);
		int end = 0;
		while (subpath.find()) {
			if (subpath.start() != end) {
				throw new IllegalArgumentException("Not a path of M, l and z at " + end);
			}
			end = subpath.end();
			int x = Integer.parseInt(subpath.group(1));
			int y = Integer.parseInt(subpath.group(2));
			Matcher step = NUMBER.matcher(subpath.group(3));
			boolean first = true;
			while (true) {
				minX = Math.min(minX, x);
				minY = Math.min(minY, y);
				maxX = Math.max(maxX, x);
				maxY = Math.max(maxY, y);
				if (!step.find()) {
					break;
				}
				x += Integer.parseInt(step.group());
				if (!step.find()) {
					throw new IllegalArgumentException("A step without its y");
				}
				y += Integer.parseInt(step.group());
				first = false;
			}
			if (first) {
				throw new IllegalArgumentException("A subpath without steps");
			}
		}
		if (end != path.length()) {
			throw new IllegalArgumentException("Not a path of M, l and z at " + end);
		}
		return new OutlineBounds(minX, minY, maxX, maxY);
	}

	boolean contains(MapPosition position) {
		return position.x() >= this.minX && position.x() <= this.maxX && position.y() >= this.minY
				&& position.y() <= this.maxY;
	}

}
