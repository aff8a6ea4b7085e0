package kz.hub.protection;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response; the playground page sets its own, looser
 * Content-Security-Policy.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

	/**
	 * Nothing but data is served outside the playground, so such responses may load and
	 * frame nothing.
	 */
	private static final String DATA_ONLY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
		if (!request.getRequestURI().equals(request.getContextPath() + "/graphiql")) {
			response.setHeader("Content-Security-Policy", DATA_ONLY_POLICY);
		}
		chain.doFilter(request, response);
	}

}
