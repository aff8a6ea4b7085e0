package kz.hub.caching;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose body is held in memory until the answer is whole, up to a size: past
 * it the rest is dropped and {@link #isTooLarge()} says so. Filters that must see the
 * whole answer before anything leaves (its size, its caching headers) wrap the response
 * in one.
 */
public class HeldAnswer extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private final long maxBytes;

	private boolean tooLarge;

	private PrintWriter writer;

	private final ServletOutputStream stream = new ServletOutputStream() {
		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			if (tooLarge || body.size() + (long) length > maxBytes) {
				tooLarge = true;
				return;
			}
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

	public HeldAnswer(HttpServletResponse response, long maxBytes) {
		super(response);
		this.maxBytes = maxBytes;
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
		// nothing leaves before the whole answer is known
	}

	/** Whether the answer outgrew the size it may be held to; its body is then cut. */
	public boolean isTooLarge() {
		return tooLarge;
	}

	/** The answer as written so far. */
	public byte[] body() {
		if (writer != null) {
			writer.flush();
		}
		return body.toByteArray();
	}

}
