package kz.hub.protection;

import java.io.IOException;
import java.util.List;

import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;

/**
 * Hands Spring for GraphQL the body {@link RequestBodyFilter} already read, instead of a
 * second reading of the bytes. It reads only GraphQL requests, and writes nothing.
 */
public class ReadBodyConverter implements HttpMessageConverter<SerializableGraphQlRequest> {

	@Override
	public boolean canRead(Class<?> type, MediaType mediaType) {
		return SerializableGraphQlRequest.class.equals(type)
				&& (mediaType == null || MediaType.APPLICATION_JSON.isCompatibleWith(mediaType));
	}

	@Override
	public boolean canWrite(Class<?> type, MediaType mediaType) {
		return false;
	}

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return List.of(MediaType.APPLICATION_JSON);
	}

	@Override
	public SerializableGraphQlRequest read(Class<? extends SerializableGraphQlRequest> type, HttpInputMessage input)
			throws IOException {
		if (input instanceof ServletServerHttpRequest request) {
			return GraphQlBody.of(request.getServletRequest())
				.map(GraphQlBody::toGraphQlRequest)
				.orElseThrow(() -> new HttpMessageNotReadableException("the body was not read", input));
		}
		throw new HttpMessageNotReadableException("the body was not read", input);
	}

	@Override
	public void write(SerializableGraphQlRequest request, MediaType contentType, HttpOutputMessage output) {
		throw new UnsupportedOperationException("a GraphQL request is never written");
	}

}
