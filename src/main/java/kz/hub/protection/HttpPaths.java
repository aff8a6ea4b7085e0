package kz.hub.protection;

import jakarta.servlet.http.HttpServletRequest;

/** The hub's paths as the protection filters tell them apart. */
final class HttpPaths {

	private HttpPaths() {
	}

	static boolean isGraphQl(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + "/graphql");
	}

	/** Boot's error page, which only the server's own error dispatch may show. */
	static boolean isErrorPage(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + "/error");
	}

}
