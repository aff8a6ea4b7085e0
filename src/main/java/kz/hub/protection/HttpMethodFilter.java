package kz.hub.protection;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers methods the hub does not serve (CONNECT, TRACE, PUT, DELETE, PATCH, and HEAD on
 * GraphQL) with 405 and the methods it does in {@code Allow}, a plain OPTIONS with those
 * methods, and a direct request for the error page with 404: each as a GraphQL error,
 * never a server error page.
 */
public class HttpMethodFilter extends OncePerRequestFilter {

	/**
	 * The hub is read-only: GraphQL answers queries by POST and by GET (GraphQL over
	 * HTTP), everything else is read with GET.
	 */
	private static final String GRAPHQL_METHODS = "GET, POST, OPTIONS";

	static final String PAGE_METHODS = "GET, HEAD, OPTIONS";

	private static final Set<String> SERVED = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * The benchmark's baseline answers POST as GraphQL does, to compare like with like.
	 */
	private static final Set<String> SERVED_ON_BENCHMARK = Set.of("GET", "HEAD", "POST", "OPTIONS");

	private static final Set<String> SERVED_ON_GRAPHQL = Set.of("GET", "POST", "OPTIONS");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean graphQl = HttpPaths.isGraphQl(request);
		String allowed = graphQl ? GRAPHQL_METHODS : PAGE_METHODS;
		if (HttpPaths.isErrorPage(request)) {
			ClientError.write(response, HttpStatus.NOT_FOUND, "There is no page at " + request.getRequestURI()
					+ "; GraphQL is served at /graphql and the playground at /graphiql.");
		}
		else if (!served(request, graphQl).contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, allowed);
			ClientError.write(response, HttpStatus.METHOD_NOT_ALLOWED,
					"Method " + request.getMethod() + " is not served here; use " + allowed + ".");
		}
		else if ("OPTIONS".equals(request.getMethod()) && !CorsUtils.isPreFlightRequest(request)) {
			response.setHeader(HttpHeaders.ALLOW, allowed);
			response.setStatus(HttpStatus.NO_CONTENT.value());
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static Set<String> served(HttpServletRequest request, boolean graphQl) {
		if (graphQl) {
			return SERVED_ON_GRAPHQL;
		}
		return request.getRequestURI().startsWith(request.getContextPath() + "/benchmark/") ? SERVED_ON_BENCHMARK
				: SERVED;
	}

}
