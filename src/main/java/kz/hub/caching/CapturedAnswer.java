package kz.hub.caching;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL answer held until it is whole, so its caching headers can be chosen from what
 * it says. The answer size limit, inside it, keeps what is held bounded.
 */
final class CapturedAnswer extends HttpServletResponseWrapper {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	/** The key of the request, or null when its answer is not one to cache. */
	private final AnswerKey key;

	private PrintWriter writer;

	private final ServletOutputStream stream = new ServletOutputStream() {
		@Override
		public void write(int b) {
			body.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			body.write(bytes, offset, length);
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("the answer is written at once");
		}
	};

	CapturedAnswer(HttpServletResponse response, AnswerKey key) {
		super(response);
		this.key = key;
	}

	AnswerKey key() {
		return key;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		return stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (writer == null) {
			writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		}
		return writer;
	}

	@Override
	public void setContentLength(int length) {
		// set from the body held when it is sent
	}

	@Override
	public void setContentLengthLong(long length) {
		// set from the body held when it is sent
	}

	@Override
	public void flushBuffer() {
		// nothing leaves before the caching headers are chosen
	}

	/** The answer as written so far. */
	byte[] body() {
		if (writer != null) {
			writer.flush();
		}
		return body.toByteArray();
	}

	/**
	 * Whether the answer is a GraphQL result with no top-level {@code errors}: read as a
	 * stream, skipping {@code data} without building it.
	 */
	static boolean isSuccess(byte[] answer) {
		try (JsonParser parser = JSON.createParser(answer)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return false;
			}
			boolean data = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				if ("errors".equals(name)) {
					return false;
				}
				data |= "data".equals(name);
				parser.nextToken();
				parser.skipChildren();
			}
			return data;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}
