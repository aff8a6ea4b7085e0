package kz.hub.protection;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the servlet container's error dispatch, for whatever failed before or outside
 * the hub's own error handling, with the one error shape the hub writes, in place of
 * Spring Boot's default body. A server error says no more than that it was one.
 */
@Controller
class ErrorAnswerController implements ErrorController {

	@RequestMapping("/error")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)
				? HttpStatus.resolve(code) : null;
		if (status == null || status.is5xxServerError()) {
			ClientError.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "The hub could not answer this request.");
			return;
		}
		ClientError.write(response, status, "The request could not be served: " + status.getReasonPhrase() + ".");
	}

}
