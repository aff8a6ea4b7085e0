package kz.hub.insights;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a query that may hold personal data, so the search log keeps it out of its lists.
 * <p>
 * Such a query is dropped from the lists whole, not listed with its personal parts
 * replaced: what is left around an e-mail or a passport number (a name, a street) may
 * still point to one person, and a query that holds personal data is one person's, never
 * a frequent one worth showing. It still counts in the totals and metrics. The test errs
 * on the side of dropping: an ordinary query with six digits in a row, such as a date or
 * a postal code, is dropped too.
 */
final class PersonalData {

	/**
	 * Six digits tell a document, ID, phone or card number apart from a year, a price or
	 * a bus number.
	 */
	static final int LONG_NUMBER_DIGITS = 6;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

	/**
	 * What people put between the groups of a number: "+7 (701) 555-12-34", "4400 4301
	 * 2345 6789", "01.05.1990".
	 */
	private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s()./+-]*", Pattern.UNICODE_CHARACTER_CLASS);

	private PersonalData() {
	}

	/**
	 * Whether the query holds an '@', which in a search is an e-mail address or a handle,
	 * or a long number: words with digits ("n12345678", "kz86", "701") that only number
	 * separators join, with {@link #LONG_NUMBER_DIGITS} digits or more together. A word
	 * without digits ends a number, so "visa 2025" is not one. Phone numbers in any form,
	 * passport and ID numbers, card numbers and IBANs (whose groups all hold digits) are
	 * long numbers.
	 */
	static boolean foundIn(String query) {
		return query.indexOf('@') >= 0 || query.indexOf('\uFF20') >= 0 || holdsLongNumber(query);
	}

	private static boolean holdsLongNumber(String query) {
		Matcher word = WORD.matcher(query);
		Matcher separators = NUMBER_SEPARATORS.matcher(query);
		long digits = 0;
		int end = 0;
		while (word.find()) {
			long inWord = word.group().codePoints().filter(Character::isDigit).count();
			boolean joined = separators.region(end, word.start()).matches();
			digits = (inWord == 0) ? 0 : (joined ? digits : 0) + inWord;
			if (digits >= LONG_NUMBER_DIGITS) {
				return true;
			}
			end = word.end();
		}
		return false;
	}

}
