package kz.hub.protection;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.config.LimitsProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves at most {@code hub.limits.max-concurrent-requests} GraphQL requests at once. A
 * few more wait briefly for a turn; past {@code max-queued-requests}, or after
 * {@code max-queue-millis}, a request gets 503 with Retry-After at once, so that under
 * more load than the hub can serve clients hear so quickly instead of every request
 * waiting seconds.
 */
public class LoadSheddingFilter extends OncePerRequestFilter {

	private static final String RETRY_AFTER_SECONDS = "1";

	private final Semaphore turns;

	private final AtomicInteger waiting = new AtomicInteger();

	private final int maxWaiting;

	private final long maxWaitMillis;

	public LoadSheddingFilter(LimitsProperties limits) {
		this.turns = new Semaphore(limits.maxConcurrentRequests());
		this.maxWaiting = limits.maxQueuedRequests();
		this.maxWaitMillis = limits.maxQueueMillis();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!takeTurn()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			ClientError.write(response, HttpStatus.SERVICE_UNAVAILABLE,
					"The hub is serving as many requests as it can; try again in a second.");
			return;
		}
		boolean async = false;
		try {
			chain.doFilter(request, response);
			async = request.isAsyncStarted();
			if (async) {
				request.getAsyncContext().addListener(new ReleaseWhenDone());
			}
		}
		finally {
			if (!async) {
				turns.release();
			}
		}
	}

	private boolean takeTurn() {
		if (turns.tryAcquire()) {
			return true;
		}
		if (waiting.incrementAndGet() > maxWaiting) {
			waiting.decrementAndGet();
			return false;
		}
		try {
			return turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	/**
	 * Gives the turn back when an asynchronous answer is complete (none of the hub's
	 * GraphQL answers is, since searches are waited for on the request thread).
	 */
	private final class ReleaseWhenDone implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			turns.release();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			// onComplete follows
		}

		@Override
		public void onError(AsyncEvent event) {
			// onComplete follows
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
