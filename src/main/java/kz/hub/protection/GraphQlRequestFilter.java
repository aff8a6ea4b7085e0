package kz.hub.protection;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.config.LimitsProperties;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request the endpoint cannot read before Spring tries to: a wildcard
 * Content-Type (415), a body over {@code hub.limits.max-request-bytes} whether declared
 * or streamed in chunks (413), and a body that is not one JSON object, such as
 * {@code null} (400). Each gets a GraphQL error that says what was wrong.
 */
public class GraphQlRequestFilter extends OncePerRequestFilter {

	private final int maxBytes;

	public GraphQlRequestFilter(LimitsProperties limits) {
		this.maxBytes = limits.maxRequestBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
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
		if (!startsAnObject(body)) {
			ClientError.write(response, HttpStatus.BAD_REQUEST,
					"The body is not one JSON object. Send a body like {\"query\": \"{ permits { id } }\"}.");
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private void refuse(HttpServletResponse response, String size) throws IOException {
		ClientError.write(response, HttpStatus.CONTENT_TOO_LARGE,
				"The request body is " + size + "; the limit is " + maxBytes + " bytes.");
	}

	/**
	 * Whether the first character past white space opens an object; anything else is
	 * refused here, and a malformed object later, by the JSON reader.
	 */
	private static boolean startsAnObject(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '{';
			}
		}
		return false;
	}

}
