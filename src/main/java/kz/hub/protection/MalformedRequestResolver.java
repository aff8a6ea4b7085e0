package kz.hub.protection;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a GraphQL request that cannot even be read (not JSON, no query, a batch array)
 * with its 4xx status and a GraphQL-shaped body that says what was wrong, instead of a
 * bare error page.
 */
@Component
class MalformedRequestResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/graphql")) {
			return null;
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return answer(response, HttpStatus.BAD_REQUEST.value(), "the body is not one JSON object");
		}
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			String detail = error.getBody().getDetail();
			return answer(response, error.getStatusCode().value(),
					detail != null ? detail : error.getBody().getTitle());
		}
		return null;
	}

	private ModelAndView answer(HttpServletResponse response, int status, String problem) {
		try {
			ClientError.write(response, HttpStatus.valueOf(status), describe(problem));
			return new ModelAndView();
		}
		catch (IOException ex2) {
			return null;
		}
	}

	static String describe(String problem) {
		return "The request is not a GraphQL request this endpoint can read: " + problem
				+ ". Send a POST with Content-Type application/json and a body like {\"query\": \"{ permits { id } }\"}.";
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
