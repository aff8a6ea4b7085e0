package kz.hub.caching;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.config.HttpCacheProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Gives a page, or an asset it loads, the Cache-Control of the API's answers and an ETag
 * from its body, so a browser or a CDN keeps it and revalidates it with a 304.
 * <p>
 * The ETag is weak: the server's compression sends the same page as other bytes. A page's
 * body is small and held whole anyway to be compressed, so holding it here to hash it
 * costs nothing a reader would notice.
 */
public class PageCachingFilter extends ShallowEtagHeaderFilter {

	private final String cacheControl;

	public PageCachingFilter(HttpCacheProperties properties) {
		this.cacheControl = properties.cacheControl();
		setWriteWeakETag(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Set first, as the step that answers may replace it (an error page says
		// no-store).
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		super.doFilterInternal(request, response, chain);
	}

}
