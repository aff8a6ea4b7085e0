package kz.hub.caching;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.config.HttpCacheProperties;
import kz.hub.config.LimitsProperties;
import kz.hub.languages.ReaderLanguage;
import kz.hub.live.Edition;
import kz.hub.live.LiveContent;
import kz.hub.protection.ClientError;
import kz.hub.protection.GraphQlBody;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Gives a GraphQL request its ETag before it runs and answers it from what is known: the
 * kept answer, or 304 when the client holds it already. Otherwise the answer is held
 * until whole, up to {@code hub.limits.max-response-bytes} (past that the client gets an
 * error that says so instead of a partial answer); a successful one gets its ETag and
 * {@code Cache-Control: public, max-age…} and is kept, one with errors gets
 * {@code no-store}. The edition it chose is the one GraphQL reads (the request attribute
 * named after {@link Edition}).
 */
public class HttpCachingFilter extends AnswerHoldingFilter<CapturedAnswer> {

	/**
	 * What every GraphQL answer depends on besides its request body, all of it part of
	 * the ETag: the media type asked for, the origin (CORS headers) and the reader's
	 * language.
	 */
	private static final List<String> VARY = List.of(HttpHeaders.ACCEPT, HttpHeaders.ORIGIN,
			HttpHeaders.ACCEPT_LANGUAGE);

	private final AnswerCache cache;

	private final LiveContent live;

	private final HttpCacheProperties properties;

	private final int maxAnswerBytes;

	public HttpCachingFilter(AnswerCache cache, LiveContent live, HttpCacheProperties properties,
			LimitsProperties limits) {
		super(CapturedAnswer.class);
		this.cache = cache;
		this.live = live;
		this.properties = properties;
		this.maxAnswerBytes = limits.maxResponseBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected @Nullable CapturedAnswer hold(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Edition edition = live.current();
		String version = edition.content().version();
		request.setAttribute(Edition.class.getName(), edition);
		AnswerKey key = GraphQlBody.of(request)
			.flatMap(body -> AnswerKey.of(body, request.getHeader(HttpHeaders.ACCEPT),
					request.getHeader(HttpHeaders.ORIGIN), ReaderLanguage.of(request), version))
			.orElse(null);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		Optional<AnswerCache.Answer> kept = (key != null) ? cache.get(key, version) : Optional.empty();
		if (kept.isPresent()) {
			AnswerCache.Answer answer = kept.get();
			answer.replays().forEach(replay -> replay.effect().run());
			answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			cacheable(response, key);
			if (key.matches(ifNoneMatch)) {
				response.setStatus(HttpStatus.NOT_MODIFIED.value());
			}
			else {
				send(response, answer.contentType(), answer.body());
			}
			return null;
		}
		GraphQlOutcome outcome = new GraphQlOutcome();
		request.setAttribute(GraphQlOutcome.ATTRIBUTE, outcome);
		return new CapturedAnswer(response, maxAnswerBytes, key, outcome, ifNoneMatch);
	}

	@Override
	protected void send(CapturedAnswer held) throws IOException {
		HttpServletResponse response = (HttpServletResponse) held.getResponse();
		if (held.isTooLarge()) {
			response.resetBuffer();
			ClientError.write(response, HttpStatus.BAD_REQUEST, "The answer is larger than " + maxAnswerBytes
					+ " bytes, the most the hub sends; ask for fewer fields or smaller pages.");
			return;
		}
		byte[] body = held.body();
		AnswerKey key = held.key();
		if (key != null && response.getStatus() == HttpStatus.OK.value() && held.succeeded()) {
			cache.put(key, new AnswerCache.Answer(body, response.getContentType(), requestDependentHeaders(response),
					held.replays().effects()));
			cacheable(response, key);
			if (held.clientHolds()) {
				response.setStatus(HttpStatus.NOT_MODIFIED.value());
				return;
			}
		}
		else {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		send(response, response.getContentType(), body);
	}

	/**
	 * The headers a kept answer is sent with again: those that depend on the request
	 * (CORS) or on what the answer says (Content-Language). Vary and the caching headers
	 * are set anew each time.
	 */
	private static Map<String, List<String>> requestDependentHeaders(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (name.regionMatches(true, 0, "Access-Control-", 0, 15)
					|| name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE)) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	private void cacheable(HttpServletResponse response, AnswerKey key) {
		response.setHeader(HttpHeaders.ETAG, key.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl());
		vary(response);
	}

	/** One Vary header with what the answer varies by, each name once. */
	private static void vary(HttpServletResponse response) {
		Set<String> names = new LinkedHashSet<>();
		Collection<String> given = response.getHeaders(HttpHeaders.VARY);
		for (String value : given) {
			Arrays.stream(value.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
		}
		names.addAll(VARY);
		response.setHeader(HttpHeaders.VARY, String.join(", ", names));
	}

	private static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
		if (contentType != null) {
			response.setContentType(contentType);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
