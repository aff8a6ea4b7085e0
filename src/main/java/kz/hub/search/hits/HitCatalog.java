package kz.hub.search.hits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Language;
import kz.hub.content.Location;
import kz.hub.search.ContentType;
import kz.hub.search.indexing.IndexFields;
import kz.hub.search.indexing.SectionSubjects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The hits an index can give, one per item with the sections about it, and for each what
 * filters, facets and sorts read: kept in arrays by hit number, so that a search touches
 * no stored field and no map for the thousands of hits it counts.
 */
final class HitCatalog {

	private final ContentItem[] nodes;

	private final ContentType[] types;

	/** A destination's kind ordinal, -1 for every other hit. */
	private final int[] kinds;

	/** A destination's region number in {@link #regions}, -1 for every other hit. */
	private final int[] regionOf;

	private final int[][] activitiesOf;

	/** A destination's rank, 0 for every other hit. */
	private final int[] ranks;

	private final Location[] locations;

	/** The hit of each document of the index. */
	private final int[] docHit;

	/** The id of the item each document of the index holds. */
	private final String[] docItem;

	/** The language of each document's text. */
	private final Language[] docLanguage;

	/** The documents of each hit, its node's own first. */
	private final int[][] members;

	/** The hits in the order of their ids. */
	private final int[] byId;

	/** Each hit's place in the order of ids. */
	private final int[] idOrder;

	private final FactValues activities = new FactValues();

	private final FactValues regions = new FactValues();

	HitCatalog(IndexReader reader, Content content, SectionSubjects subjects) throws IOException {
		this.docHit = new int[reader.maxDoc()];
		this.docItem = new String[reader.maxDoc()];
		this.docLanguage = new Language[reader.maxDoc()];
		Map<String, Integer> hitNumbers = new HashMap<>();
		List<ContentItem> hits = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			SortedSetDocValues languages = DocValues.getSortedSet(leaf.reader(), IndexFields.LANGUAGE);
			for (int doc = languages.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = languages.nextDoc()) {
				docLanguage[leaf.docBase + doc] = Language
					.ofTag(languages.lookupOrd(languages.nextOrd()).utf8ToString())
					.orElseThrow();
			}
			SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), IndexFields.ID);
			for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
				String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
				ContentItem hit = subjects.hitOf(content.item(id).orElseThrow());
				docHit[leaf.docBase + doc] = hitNumbers.computeIfAbsent(hit.id(), key -> {
					hits.add(hit);
					return hits.size() - 1;
				});
				docItem[leaf.docBase + doc] = id;
			}
		}
		int size = hits.size();
		this.nodes = hits.toArray(ContentItem[]::new);
		this.types = new ContentType[size];
		this.kinds = new int[size];
		this.regionOf = new int[size];
		this.activitiesOf = new int[size][];
		this.ranks = new int[size];
		this.locations = new Location[size];
		for (int hit = 0; hit < size; hit++) {
			describe(hit, nodes[hit]);
		}
		this.members = membersOf(size);
		this.byId = IntStream.range(0, size)
			.boxed()
			.sorted(Comparator.comparing(this::id))
			.mapToInt(Integer::intValue)
			.toArray();
		this.idOrder = new int[size];
		for (int place = 0; place < size; place++) {
			idOrder[byId[place]] = place;
		}
	}

	private void describe(int hit, ContentItem node) {
		types[hit] = ContentType.of(node);
		if (node instanceof Destination place) {
			kinds[hit] = place.kind().ordinal();
			regionOf[hit] = regions.number(place.region());
			activitiesOf[hit] = place.activities().stream().mapToInt(activities::number).distinct().toArray();
			ranks[hit] = place.rank();
			locations[hit] = place.location();
		}
		else {
			kinds[hit] = -1;
			regionOf[hit] = -1;
			activitiesOf[hit] = new int[0];
		}
	}

	private int[][] membersOf(int size) {
		int[] counts = new int[size];
		for (int hit : docHit) {
			counts[hit]++;
		}
		int[][] docs = new int[size][];
		for (int hit = 0; hit < size; hit++) {
			docs[hit] = new int[counts[hit]];
			counts[hit] = 0;
		}
		for (int doc = 0; doc < docHit.length; doc++) {
			int hit = docHit[doc];
			int[] own = docs[hit];
			own[counts[hit]++] = doc;
			if (docItem[doc].equals(nodes[hit].id())) {
				// The node's own document leads, so its highlights come first.
				System.arraycopy(own, 0, own, 1, counts[hit] - 1);
				own[0] = doc;
			}
		}
		return docs;
	}

	int size() {
		return nodes.length;
	}

	int hitOfDoc(int doc) {
		return docHit[doc];
	}

	String itemOfDoc(int doc) {
		return docItem[doc];
	}

	Language languageOfDoc(int doc) {
		return docLanguage[doc];
	}

	/** Whether some document of the hit is written in the language. */
	boolean isWrittenIn(int hit, Language language) {
		for (int doc : members[hit]) {
			if (docLanguage[doc] == language) {
				return true;
			}
		}
		return false;
	}

	int[] members(int hit) {
		return members[hit];
	}

	String id(int hit) {
		return nodes[hit].id();
	}

	/** The hit's place in the order of ids: compares as {@link #id} does, as a number. */
	int idOrder(int hit) {
		return idOrder[hit];
	}

	/** The hit at a place in the order of ids. */
	int hitAtIdOrder(int place) {
		return byId[place];
	}

	ContentType type(int hit) {
		return types[hit];
	}

	int kind(int hit) {
		return kinds[hit];
	}

	int region(int hit) {
		return regionOf[hit];
	}

	int[] activities(int hit) {
		return activitiesOf[hit];
	}

	/** A destination's rank, 0 for any other hit. */
	int rank(int hit) {
		return ranks[hit];
	}

	/** A destination's location, null for any other hit. */
	Location location(int hit) {
		return locations[hit];
	}

	FactValues activities() {
		return activities;
	}

	FactValues regions() {
		return regions;
	}

}
