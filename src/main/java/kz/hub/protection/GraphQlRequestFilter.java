package kz.hub.protection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
class GraphQlRequestFilter extends OncePerRequestFilter {

	private final int maxBytes;

	GraphQlRequestFilter(LimitsProperties limits) {
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
		byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
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

	/** A request whose body was already read, within the limit. */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}
			};
		}

	}

}
