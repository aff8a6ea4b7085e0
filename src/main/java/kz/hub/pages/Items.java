package kz.hub.pages;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;

/** Finds the item a reading page is about; an unknown id is no page. */
final class Items {

	private Items() {
	}

	static <T extends ContentItem> T required(Content content, String id, Class<T> type) {
		return content.item(id, type)
			.orElseThrow(() -> new PageNotFoundException("no " + type.getSimpleName() + " " + id));
	}

}
