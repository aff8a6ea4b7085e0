package kz.hub.graphql;

import kz.hub.content.ContentItem;
import kz.hub.live.Edition;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves any id in the hub to its item. */
@Controller
class NodeController {

	@QueryMapping
	ContentItem node(@Argument String id, @ContextValue Edition edition) {
		return edition.content().item(id).orElse(null);
	}

}
