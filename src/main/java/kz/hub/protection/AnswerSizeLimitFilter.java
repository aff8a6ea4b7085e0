package kz.hub.protection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import kz.hub.config.LimitsProperties;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * The last line of defence behind the query cost limit: a GraphQL answer is kept in
 * memory as it is written, up to {@code hub.limits.max-response-bytes}; past that the
 * rest is dropped and the client gets an error that says so instead of a partial answer.
 */
class AnswerSizeLimitFilter extends OncePerRequestFilter {

	private final int maxBytes;

	AnswerSizeLimitFilter(LimitsProperties limits) {
		this.maxBytes = limits.maxResponseBytes();
	}

	/**
	 * Searches answer on a second, asynchronous dispatch: the answer is whole after it.
	 */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BoundedAnswer answer = WebUtils.getNativeResponse(response, BoundedAnswer.class);
		HttpServletResponse writeTo = answer != null ? response : new BoundedAnswer(response, maxBytes);
		chain.doFilter(request, writeTo);
		if (!request.isAsyncStarted()) {
			WebUtils.getNativeResponse(writeTo, BoundedAnswer.class).send();
		}
	}

	/** A response whose body is held until the answer is complete, up to a size. */
	private static final class BoundedAnswer extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		private final int maxBytes;

		private boolean tooLarge;

		private PrintWriter writer;

		private final ServletOutputStream stream = new ServletOutputStream() {
			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				if (tooLarge || body.size() + length > maxBytes) {
					tooLarge = true;
					return;
				}
				body.write(bytes, offset, length);
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				throw new UnsupportedOperationException("the answer is written at once");
			}
		};

		BoundedAnswer(HttpServletResponse response, int maxBytes) {
			super(response);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return stream;
		}

		@Override
		public PrintWriter getWriter() {
			if (writer == null) {
				writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			}
			return writer;
		}

		@Override
		public void setContentLength(int length) {
			// set from the body held when it is sent
		}

		@Override
		public void setContentLengthLong(long length) {
			// set from the body held when it is sent
		}

		@Override
		public void flushBuffer() {
			// nothing leaves before the whole answer is known
		}

		void send() throws IOException {
			if (writer != null) {
				writer.flush();
			}
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (tooLarge) {
				response.resetBuffer();
				ClientError.write(response, HttpStatus.BAD_REQUEST, "The answer is larger than " + maxBytes
						+ " bytes, the most the hub sends; ask for fewer fields or smaller pages.");
				return;
			}
			response.setContentLength(body.size());
			body.writeTo(response.getOutputStream());
			response.flushBuffer();
		}

	}

}
