package kz.hub.protection;

import jakarta.servlet.http.HttpServletRequest;

/** The hub's paths as the protection filters tell them apart. */
public final class HttpPaths {

	/** Where GraphQL is served. */
	public static final String GRAPHQL = "/graphql";

	private HttpPaths() {
	}

	static boolean isGraphQl(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + GRAPHQL);
	}

	/** Boot's error page, which only the server's own error dispatch may show. */
	static boolean isErrorPage(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + "/error");
	}

}
