package kz.hub.protection;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.hub.config.LimitsProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GraphQL over HTTP's GET:
 * {@code /graphql?query=…&variables=…&operationName=…&extensions=…} is handed on as the
 * POST with the same JSON body, so it meets the same limits, errors and status codes. A
 * mutation or subscription over GET is refused with 405: GET must stay safe to repeat and
 * to cache.
 */
public class GetRequestFilter extends OncePerRequestFilter {

	private final ParserOptions parserOptions;

	public GetRequestFilter(LimitsProperties limits) {
		this.parserOptions = ParserLimits.options(limits);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ObjectNode body = GraphQlJson.MAPPER.createObjectNode();
		String query = request.getParameter("query");
		if (query != null) {
			body.put("query", query);
		}
		String operationName = request.getParameter("operationName");
		if (operationName != null && !operationName.isBlank()) {
			body.put("operationName", operationName);
		}
		for (String name : new String[] { "variables", "extensions" }) {
			String given = request.getParameter(name);
			if (given == null || given.isBlank()) {
				continue;
			}
			JsonNode value = readObject(given);
			if (value == null) {
				ClientError.write(response, HttpStatus.BAD_REQUEST,
						"The " + name + " parameter is not a JSON object; send it URL-encoded, e.g. " + name
								+ "={\"id\":\"astana\"}.");
				return;
			}
			body.set(name, value);
		}
		if (query == null && !body.path("extensions").has("persistedQuery")) {
			ClientError.write(response, HttpStatus.BAD_REQUEST,
					"A GET to /graphql needs a query parameter, e.g. /graphql?query={permits{id}}, "
							+ "or extensions with a persistedQuery hash.");
			return;
		}
		if (query != null && changesState(query, operationName)) {
			response.setHeader(HttpHeaders.ALLOW, "POST");
			ClientError.write(response, HttpStatus.METHOD_NOT_ALLOWED,
					"A mutation or subscription cannot be sent with GET; GET runs queries only. Use POST.");
			return;
		}
		// Spring for GraphQL takes the parsed body (ReadBodyConverter): no bytes to write
		// and read again.
		PostedRequest posted = new PostedRequest(request, new byte[0]);
		new GraphQlBody(body).attachTo(posted);
		chain.doFilter(posted, response);
	}

	private static JsonNode readObject(String json) {
		try {
			JsonNode node = GraphQlJson.MAPPER.readTree(json);
			return node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Whether the operation GET would run is anything but a query. Only a document that
	 * names a mutation or subscription is parsed here; one that cannot be parsed, or
	 * names no single operation, is left to GraphQL to refuse with its own words.
	 */
	private boolean changesState(String query, String operationName) {
		if (!query.contains("mutation") && !query.contains("subscription")) {
			return false;
		}
		Document document;
		try {
			document = new Parser().parseDocument(
					ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
		}
		catch (RuntimeException unreadable) {
			return false;
		}
		List<OperationDefinition> selected = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(operation -> operationName == null || operationName.isBlank()
					|| operationName.equals(operation.getName()))
			.toList();
		return selected.size() == 1 && selected.getFirst().getOperation() != OperationDefinition.Operation.QUERY;
	}

	/** The GET's parameters as the JSON body of a POST. */
	private static final class PostedRequest extends BufferedBodyRequest {

		private static final String JSON_TYPE = "application/json";

		PostedRequest(HttpServletRequest request, byte[] body) {
			super(request, body);
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public String getContentType() {
			return JSON_TYPE;
		}

		@Override
		public String getCharacterEncoding() {
			return "UTF-8";
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? JSON_TYPE : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(List.of(JSON_TYPE))
					: super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
			names.add(HttpHeaders.CONTENT_TYPE);
			return Collections.enumeration(names);
		}

	}

}
