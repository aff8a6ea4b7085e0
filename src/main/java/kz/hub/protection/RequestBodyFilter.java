package kz.hub.protection;

import java.io.IOException;

import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.config.LimitsProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a GraphQL request's body once, for every later step ({@link GraphQlBody}), and
 * refuses one the endpoint cannot read: a wildcard Content-Type (415), a body over
 * {@code hub.limits.max-request-bytes} whether declared or streamed in chunks (413), a
 * body that cannot be read or is not one JSON object, such as {@code null}, and fields of
 * the wrong type (400). Each gets a GraphQL error that says what was wrong.
 */
public class RequestBodyFilter extends OncePerRequestFilter {

	private final int maxBytes;

	public RequestBodyFilter(LimitsProperties limits) {
		this.maxBytes = limits.maxRequestBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (GraphQlBody.of(request).isPresent()) {
			// a GET, read from its parameters
			chain.doFilter(request, response);
			return;
		}
		String contentType = request.getContentType();
		if (contentType != null && contentType.contains("*")) {
			ClientError.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Content-Type '" + contentType + "' is a wildcard; send the body as Content-Type application/json");
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(response, declared + " bytes");
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readNBytes(maxBytes + 1);
		}
		catch (IOException unreadable) {
			// Tomcat's words on a malformed chunked body, never a stack trace
			ClientError.write(response, HttpStatus.BAD_REQUEST,
					"The request body could not be read: " + unreadable.getMessage());
			return;
		}
		if (body.length > maxBytes) {
			refuse(response, "more than " + maxBytes + " bytes");
			return;
		}
		if (isJson(contentType)) {
			Optional<ObjectNode> json = objectIn(body);
			if (json.isEmpty()) {
				ClientError.write(response, HttpStatus.BAD_REQUEST,
						MalformedRequestResolver.describe("the body is not one JSON object"));
				return;
			}
			GraphQlBody read = new GraphQlBody(json.get());
			Optional<String> problem = read.problem();
			if (problem.isPresent()) {
				ClientError.write(response, HttpStatus.BAD_REQUEST, MalformedRequestResolver.describe(problem.get()));
				return;
			}
			read.attachTo(request);
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	/**
	 * Only a JSON body is read here, as the endpoint reads it; any other is left for the
	 * endpoint to refuse, or to read as {@code application/graphql}.
	 */
	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static Optional<ObjectNode> objectIn(byte[] body) {
		try {
			return (GraphQlJson.MAPPER.readTree(body) instanceof ObjectNode object) ? Optional.of(object)
					: Optional.empty();
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private void refuse(HttpServletResponse response, String size) throws IOException {
		ClientError.write(response, HttpStatus.CONTENT_TOO_LARGE,
				"The request body is " + size + "; the limit is " + maxBytes + " bytes.");
	}

}
