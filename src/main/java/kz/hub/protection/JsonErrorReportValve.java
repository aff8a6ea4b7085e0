package kz.hub.protection;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before the hub's filters see the request (a CONNECT, a
 * request line it cannot read, a Transfer-Encoding it does not know): the same GraphQL
 * error as every other refusal instead of Tomcat's HTML page, and 405 with the served
 * methods for a method Tomcat does not know.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable failure) {
		int status = response.getStatus();
		if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
			return;
		}
		try {
			response.resetBuffer();
			HttpStatus answer = HttpStatus.valueOf(status);
			String message = "The request could not be served: " + answer.getReasonPhrase() + ".";
			String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
			if (status == HttpStatus.NOT_IMPLEMENTED.value() && encoding != null) {
				message = "Transfer-Encoding '" + encoding + "' is not one the hub reads; send the body with "
						+ "Content-Length or Transfer-Encoding: chunked.";
			}
			else if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
				answer = HttpStatus.METHOD_NOT_ALLOWED;
				response.setHeader(HttpHeaders.ALLOW, HttpMethodFilter.PAGE_METHODS + ", POST");
				message = "Method " + request.getMethod() + " is not served here.";
			}
			ClientError.write(response.getResponse(), answer, message);
		}
		catch (IOException | IllegalArgumentException ex) {
			// the connection is gone; nothing more to tell
		}
	}

}
