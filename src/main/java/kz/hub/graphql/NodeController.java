package kz.hub.graphql;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves any id in the hub to its item. */
@Controller
class NodeController {

	private final Content content;

	NodeController(Content content) {
		this.content = content;
	}

	@QueryMapping
	ContentItem node(@Argument String id) {
		return content.item(id).orElse(null);
	}

}
