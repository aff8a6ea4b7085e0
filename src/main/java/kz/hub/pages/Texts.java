package kz.hub.pages;

import java.util.Locale;

import kz.hub.content.Language;

import org.springframework.context.MessageSource;

/** The interface texts of one page's language, from the messages bundles. */
record Texts(MessageSource messages, Language language) {

	String get(String key, Object... args) {
		return messages.getMessage(key, args, Locale.forLanguageTag(language.tag()));
	}

	/**
	 * A count with its noun in the right form: {@code key.one}, {@code key.few} or
	 * {@code key.many}, by the plural rules of the language (CLDR's, for whole numbers).
	 */
	String count(String key, int n) {
		return get(key + "." + plural(n), n);
	}

	private String plural(int n) {
		return switch (language) {
			case EN -> n == 1 ? "one" : "many";
			// Kazakh nouns stay singular after a number.
			case KK -> "many";
			case RU -> (n % 10 == 1 && n % 100 != 11) ? "one"
					: (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) ? "few" : "many";
		};
	}

}
