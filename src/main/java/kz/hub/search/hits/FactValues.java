package kz.hub.search.hits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.hub.search.SearchFilter;

/**
 * The values of a text fact of destinations, numbered: compared folded, shown either
 * folded (activities, as their facet has always shown them) or as first written.
 */
final class FactValues {

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	private final List<String> written = new ArrayList<>();

	/** The number of a value, given a new one when no destination had it before. */
	int number(String value) {
		return numbers.computeIfAbsent(SearchFilter.fold(value), folded -> {
			written.add(value.strip());
			return written.size() - 1;
		});
	}

	/** The number of a folded value, or -1 when no destination has it. */
	int find(String folded) {
		return numbers.getOrDefault(folded, -1);
	}

	String written(int number) {
		return written.get(number);
	}

	String folded(int number) {
		return SearchFilter.fold(written.get(number));
	}

	int size() {
		return written.size();
	}

	Set<String> known() {
		return numbers.keySet();
	}

}
