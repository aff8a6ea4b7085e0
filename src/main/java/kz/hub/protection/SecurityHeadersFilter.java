package kz.hub.protection;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: data (GraphQL, actuator) may load nothing, the
 * pages for people only the hub's own assets; the playground page sets its own, looser
 * Content-Security-Policy.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

	/** Data answers may load and frame nothing. */
	private static final String DATA_ONLY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

	/**
	 * The pages: their stylesheet (and later scripts) from the hub, no inline script or
	 * style, forms submitted only to the hub, never framed.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (isData(path)) {
			response.setHeader("Content-Security-Policy", DATA_ONLY_POLICY);
		}
		else if (!path.equals("/graphiql")) {
			response.setHeader("Content-Security-Policy", PAGE_POLICY);
		}
		chain.doFilter(request, response);
	}

	private static boolean isData(String path) {
		return path.equals(HttpPaths.GRAPHQL) || path.startsWith(HttpPaths.GRAPHQL + "/") || path.equals("/actuator")
				|| path.startsWith("/actuator/") || path.startsWith("/benchmark/") || path.equals("/error");
	}

}
