package kz.hub.content.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.hub.content.ContentItem;
import kz.hub.content.CurationRule;
import kz.hub.content.Explained;
import kz.hub.content.Guide;

/**
 * The checks across the items of index-data that no one item can make: unique ids, orders
 * and ranks, links to ids that exist, and editors' rules that name known items.
 */
final class ContentChecks {

	private ContentChecks() {
	}

	@SafeVarargs
	static void checkUniqueIds(List<? extends Sourced<? extends ContentItem>>... lists) {
		Map<String, Sourced<?>> seen = new HashMap<>();
		for (List<? extends Sourced<? extends ContentItem>> list : lists) {
			for (Sourced<? extends ContentItem> sourced : list) {
				List<String> ids = new ArrayList<>(List.of(sourced.item().id()));
				if (sourced.item() instanceof Guide guide) {
					guide.sections().forEach(section -> ids.add(section.id()));
				}
				for (String id : ids) {
					Sourced<?> earlier = seen.putIfAbsent(id, sourced);
					if (earlier != null) {
						throw sourced.error("id", "duplicate id '" + id + "': " + earlier.file() + ", line "
								+ earlier.line() + " has it already; ids must be unique across all content");
					}
				}
			}
		}
	}

	static <T> void checkUnique(List<Sourced<T>> items, String field, Function<T, Object> value) {
		Map<Object, Sourced<T>> seen = new HashMap<>();
		for (Sourced<T> sourced : items) {
			Sourced<T> earlier = seen.putIfAbsent(value.apply(sourced.item()), sourced);
			if (earlier != null) {
				throw sourced.error(field, "duplicate " + field + " " + value.apply(sourced.item()) + ": line "
						+ earlier.line() + " has it already");
			}
		}
	}

	static void checkLinks(Sourced<?> from, String field, List<String> linked, Set<String> known, String kind) {
		for (String id : linked) {
			if (!known.contains(id)) {
				throw from.error(field, "unknown " + kind + " id '" + id + "'; known ids are "
						+ known.stream().sorted().collect(Collectors.joining(", ")));
			}
		}
	}

	/**
	 * A rule names known items, each once: an item both pinned and hidden, or pinned
	 * twice, is a mistake the editor should see.
	 */
	static void checkRule(Sourced<CurationRule> rule, Set<String> itemIds) {
		CurationRule item = rule.item();
		if (item.pin().isEmpty() && item.hide().isEmpty()) {
			throw rule.error("pin",
					"the rule for '" + item.query() + "' pins and hides nothing; give pin, hide or both");
		}
		checkLinks(rule, "pin", item.pin(), itemIds, "item");
		checkLinks(rule, "hide", item.hide(), itemIds, "item");
		Set<String> seen = new HashSet<>();
		for (String id : item.pin()) {
			if (!seen.add(id)) {
				throw rule.error("pin", "'" + id + "' is pinned twice; list it once");
			}
		}
		for (String id : item.hide()) {
			if (item.pin().contains(id)) {
				throw rule.error("hide", "'" + id + "' is both pinned and hidden; keep it in one of the lists");
			}
		}
	}

	static void checkSection(Sourced<? extends Explained> item, Set<String> sectionIds) {
		String sectionId = item.item().sectionId();
		if (sectionId != null) {
			checkLinks(item, "section", List.of(sectionId), sectionIds, "section");
		}
	}

	static Set<String> ids(List<? extends Sourced<? extends ContentItem>> items) {
		return items.stream().map(sourced -> sourced.item().id()).collect(Collectors.toSet());
	}

}
