package kz.hub.search.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.hub.content.ApplicationStep;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;

import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/** The texts that complete to an item: its names, its aliases, with a weight each. */
final class CompletionNames {

	/** The payload's tag of an alias, which reads the same in every language. */
	static final String ALIAS = "ALIAS";

	private CompletionNames() {
	}

	/**
	 * Each item's name in each language it is written in, and its aliases once: an
	 * untranslated alias would otherwise fill three of the places an answer has.
	 */
	static List<Name> of(Map<Language, List<ContentItem>> items) {
		List<Name> names = new ArrayList<>();
		Set<List<String>> aliases = new HashSet<>();
		items.forEach((language, written) -> {
			for (ContentItem item : written) {
				List<String> itemNames = item.names();
				names.add(new Name(itemNames.getFirst(), item.id(), language.name(), weight(item)));
				for (String alias : itemNames.subList(1, itemNames.size())) {
					if (aliases.add(List.of(item.id(), alias))) {
						names.add(new Name(alias, item.id(), ALIAS, weight(item)));
					}
				}
			}
		});
		return names;
	}

	/** Places and whole guides first among completions, then permits, then the rest. */
	private static long weight(ContentItem item) {
		return switch (item) {
			case Destination destination -> Math.max(60, 100 - destination.rank());
			case Guide guide -> 80;
			case Permit permit -> 70;
			case Requirement requirement -> 40;
			case RequiredDocument document -> 40;
			case ApplicationStep step -> 40;
			case Section section -> 20;
		};
	}

	/**
	 * One text that completes to an item.
	 *
	 * @param tag the language whose name it is, or {@link #ALIAS}
	 */
	record Name(String text, String id, String tag, long weight) {
	}

	/**
	 * The names, with the item's weight, and the item's id and the name's tag as the
	 * payload the suggester hands back.
	 */
	static final class Input implements InputIterator {

		private final Iterator<Name> names;

		private Name name;

		Input(Iterator<Name> names) {
			this.names = names;
		}

		@Override
		public BytesRef next() {
			if (!names.hasNext()) {
				return null;
			}
			name = names.next();
			return new BytesRef(name.text());
		}

		@Override
		public long weight() {
			return name.weight();
		}

		@Override
		public BytesRef payload() {
			return new BytesRef(name.id() + "\t" + name.tag());
		}

		@Override
		public boolean hasPayloads() {
			return true;
		}

		@Override
		public Set<BytesRef> contexts() {
			return null;
		}

		@Override
		public boolean hasContexts() {
			return false;
		}

	}

}
