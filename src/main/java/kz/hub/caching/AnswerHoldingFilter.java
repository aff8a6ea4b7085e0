package kz.hub.caching;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * A filter that must see the whole answer before any of it leaves: it holds the response
 * on a request's first dispatch, lets a second, asynchronous dispatch write into the same
 * hold, and sends the answer once it is whole. The hub's GraphQL answers are whole in the
 * first dispatch (searches are waited for on the request thread); a handler that answers
 * later is still held whole.
 */
public abstract class AnswerHoldingFilter<A extends HeldAnswer> extends OncePerRequestFilter {

	private final Class<A> holdType;

	protected AnswerHoldingFilter(Class<A> holdType) {
		this.holdType = holdType;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		A held = WebUtils.getNativeResponse(response, holdType);
		if (held != null) {
			chain.doFilter(request, response);
		}
		else {
			held = hold(request, response);
			if (held == null) {
				return;
			}
			chain.doFilter(request, held);
		}
		if (!request.isAsyncStarted()) {
			send(held);
		}
	}

	/**
	 * The hold for a request on its first dispatch, or null where the filter has answered
	 * the request itself.
	 */
	protected abstract @Nullable A hold(HttpServletRequest request, HttpServletResponse response) throws IOException;

	/** Sends the answer, now whole, to the response the hold wraps. */
	protected abstract void send(A held) throws IOException;

}
