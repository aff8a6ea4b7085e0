package kz.hub.playground;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the GraphiQL playground at /graphiql, from the hub's own jar, under a strict
 * Content-Security-Policy. Without introspection the playground could not know the
 * schema, so it is off with it.
 */
@Controller
@ConditionalOnBooleanProperty(name = "spring.graphql.schema.introspection.enabled", matchIfMissing = true)
class PlaygroundController {

	/**
	 * Only the hub itself. GraphiQL's fonts are data URLs in its CSS, and its dialogs add
	 * a {@code <style>} element at run time with no way to give it a nonce; style
	 * attributes in markup stay blocked (React sets styles through the DOM, which a
	 * policy does not restrict).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "style-src-elem 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final Resource page = new ClassPathResource("playground/graphiql.html");

	@GetMapping("/graphiql")
	ResponseEntity<Resource> graphiql() {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.body(page);
	}

	/**
	 * The page's asset URLs are relative to /graphiql, so /graphiql/ sends the browser
	 * there.
	 */
	@GetMapping("/graphiql/")
	String home() {
		return "redirect:/graphiql";
	}

}
