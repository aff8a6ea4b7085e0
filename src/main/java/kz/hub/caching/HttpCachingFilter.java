package kz.hub.caching;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.config.HttpCacheProperties;
import kz.hub.content.Language;
import kz.hub.live.Edition;
import kz.hub.live.LiveContent;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Gives a GraphQL request its ETag before it runs and answers it from what is known: 304
 * for a current ETag in If-None-Match, the kept bytes for an answer in the answer cache.
 * Otherwise the answer is held until whole; a successful one gets its ETag and
 * {@code Cache-Control: public, max-age…} and is kept, one with errors gets
 * {@code no-store}. It reads the request body again, so it must come after the filter
 * that buffers it; the edition it chose is the one GraphQL reads (the request attribute
 * named after {@link Edition}).
 */
public class HttpCachingFilter extends AnswerHoldingFilter<CapturedAnswer> {

	private final AnswerCache cache;

	private final LiveContent live;

	private final HttpCacheProperties properties;

	public HttpCachingFilter(AnswerCache cache, LiveContent live, HttpCacheProperties properties) {
		super(CapturedAnswer.class);
		this.cache = cache;
		this.live = live;
		this.properties = properties;
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
		AnswerKey key = isJson(request.getContentType())
				? AnswerKey
					.of(request.getInputStream().readAllBytes(), request.getHeader(HttpHeaders.ACCEPT),
							request.getHeader(HttpHeaders.ORIGIN),
							Language.preferredBy(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), version)
					.orElse(null)
				: null;
		if (key != null && key.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			cacheable(response, key);
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return null;
		}
		Optional<AnswerCache.Answer> kept = (key != null) ? cache.get(key, version) : Optional.empty();
		if (kept.isPresent()) {
			kept.get().headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			cacheable(response, key);
			send(response, kept.get().contentType(), kept.get().body());
			return null;
		}
		return new CapturedAnswer(response, key);
	}

	/**
	 * Only a JSON body is read as the endpoint reads it; any other is left for the
	 * endpoint to refuse, every time.
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

	@Override
	protected void send(CapturedAnswer held) throws IOException {
		HttpServletResponse response = (HttpServletResponse) held.getResponse();
		byte[] body = held.body();
		AnswerKey key = held.key();
		if (key != null && response.getStatus() == HttpStatus.OK.value() && CapturedAnswer.isSuccess(body)) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (name.regionMatches(true, 0, "Access-Control-", 0, 15) || name.equalsIgnoreCase(HttpHeaders.VARY)
						|| name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE)) {
					headers.put(name, List.copyOf(response.getHeaders(name)));
				}
			}
			cacheable(response, key);
			cache.put(key, new AnswerCache.Answer(body, response.getContentType(), headers));
		}
		else {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		send(response, response.getContentType(), body);
	}

	private void cacheable(HttpServletResponse response, AnswerKey key) {
		response.setHeader(HttpHeaders.ETAG, key.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl());
		// the media type asked for and the origin are part of the ETag
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ORIGIN);
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
