package kz.hub.search.query;

import java.util.HashMap;
import java.util.Map;

/**
 * A word typed with the wrong keyboard layout, read key for key in the other one: Russian
 * users expect "fkvfns" (typed on QWERTY) to mean "алматы", and "ылш" to mean "ski".
 */
final class KeyboardLayout {

	private static final String QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";

	private static final String JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбюё";

	private static final Map<Character, Character> OTHER_KEY = otherKeys();

	private KeyboardLayout() {
	}

	/** The word as the same keys type it in the other layout; itself if no key maps. */
	static String switched(String word) {
		StringBuilder other = new StringBuilder(word.length());
		for (char c : word.toCharArray()) {
			other.append(OTHER_KEY.getOrDefault(c, c));
		}
		return other.toString();
	}

	private static Map<Character, Character> otherKeys() {
		Map<Character, Character> keys = new HashMap<>();
		for (int i = 0; i < QWERTY.length(); i++) {
			keys.put(QWERTY.charAt(i), JCUKEN.charAt(i));
			keys.put(JCUKEN.charAt(i), QWERTY.charAt(i));
		}
		return Map.copyOf(keys);
	}

}
