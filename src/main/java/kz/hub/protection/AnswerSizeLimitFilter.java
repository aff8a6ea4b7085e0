package kz.hub.protection;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.caching.AnswerHoldingFilter;
import kz.hub.caching.HeldAnswer;
import kz.hub.config.LimitsProperties;

import org.springframework.http.HttpStatus;

/**
 * The last line of defence behind the query cost limit: a GraphQL answer is kept in
 * memory as it is written, up to {@code hub.limits.max-response-bytes}; past that the
 * rest is dropped and the client gets an error that says so instead of a partial answer.
 */
class AnswerSizeLimitFilter extends AnswerHoldingFilter<AnswerSizeLimitFilter.BoundedAnswer> {

	private final int maxBytes;

	AnswerSizeLimitFilter(LimitsProperties limits) {
		super(BoundedAnswer.class);
		this.maxBytes = limits.maxResponseBytes();
	}

	@Override
	protected BoundedAnswer hold(HttpServletRequest request, HttpServletResponse response) {
		return new BoundedAnswer(response, maxBytes);
	}

	@Override
	protected void send(BoundedAnswer held) throws IOException {
		held.send();
	}

	/** The answer held until complete, up to the size limit, then sent or refused. */
	static final class BoundedAnswer extends HeldAnswer {

		private final int maxBytes;

		BoundedAnswer(HttpServletResponse response, int maxBytes) {
			super(response, maxBytes);
			this.maxBytes = maxBytes;
		}

		void send() throws IOException {
			byte[] body = body();
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (isTooLarge()) {
				response.resetBuffer();
				ClientError.write(response, HttpStatus.BAD_REQUEST, "The answer is larger than " + maxBytes
						+ " bytes, the most the hub sends; ask for fewer fields or smaller pages.");
				return;
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			response.flushBuffer();
		}

	}

}
