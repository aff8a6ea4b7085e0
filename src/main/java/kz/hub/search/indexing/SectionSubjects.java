package kz.hub.search.indexing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Guide;
import kz.hub.content.Section;

/**
 * Which permit or destination a guide section is about, so that search shows them as one
 * hit. A section is about an item its guide covers when its anchor is the item's id or
 * its heading is one of the item's names (ignoring case): "top-places-to-visit#almaty" is
 * about Almaty, while "Application Process" is about no single item.
 */
public final class SectionSubjects {

	private final Map<String, ContentItem> subjects = new HashMap<>();

	public SectionSubjects(Content content) {
		for (Guide guide : content.guides()) {
			List<ContentItem> covered = Stream
				.concat(content.links().permitsOf(guide).stream(), content.links().destinationsOf(guide).stream())
				.map(ContentItem.class::cast)
				.toList();
			for (Section section : guide.sections()) {
				covered.stream()
					.filter(item -> isAbout(section, item))
					.findFirst()
					.ifPresent(item -> subjects.put(section.id(), item));
			}
		}
	}

	private static boolean isAbout(Section section, ContentItem item) {
		return item.id().equals(section.anchor())
				|| item.names().stream().anyMatch(name -> name.strip().equalsIgnoreCase(section.heading().strip()));
	}

	/** The id of the item a search hit of this id shows. */
	public String hitIdOf(String id) {
		ContentItem subject = subjects.get(id);
		return subject == null ? id : subject.id();
	}

	/**
	 * The item a search hit of this item shows: the subject of a section, else itself.
	 */
	public ContentItem hitOf(ContentItem item) {
		return item instanceof Section section ? subjects.getOrDefault(section.id(), section) : item;
	}

	/** The most sections about one item: how many a search edge can list. */
	public int mostSectionsPerItem() {
		return subjects.values()
			.stream()
			.collect(Collectors.groupingBy(ContentItem::id, Collectors.counting()))
			.values()
			.stream()
			.mapToInt(Long::intValue)
			.max()
			.orElse(0);
	}

}
