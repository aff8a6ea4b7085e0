package kz.hub.protection;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.graphql.server.support.SerializableGraphQlRequest;

/**
 * A GraphQL request's JSON body as read once, from a POST's body or a GET's parameters,
 * and handed to every later step: the answer's cache key reads it, and Spring for GraphQL
 * takes it as the request it runs ({@link ReadBodyConverter}), so both see the same
 * request by construction.
 *
 * @param json the body, one JSON object whose fields have the types GraphQL over HTTP
 * allows
 */
public record GraphQlBody(ObjectNode json) {

	static final String ATTRIBUTE = GraphQlBody.class.getName();

	/** The body read for this request, if it is a GraphQL request with a JSON body. */
	public static Optional<GraphQlBody> of(ServletRequest request) {
		return Optional.ofNullable((GraphQlBody) request.getAttribute(ATTRIBUTE));
	}

	void attachTo(ServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

	/**
	 * What is wrong with the types of the body's fields, or empty: {@code query} and
	 * {@code operationName} are strings, {@code variables} and {@code extensions}
	 * objects, each may be null or left out.
	 */
	Optional<String> problem() {
		for (String name : new String[] { "query", "operationName" }) {
			JsonNode value = json.get(name);
			if (value != null && !value.isNull() && !value.isString()) {
				return Optional
					.of("\"" + name + "\" must be a string, not " + value.getNodeType().name().toLowerCase());
			}
		}
		for (String name : new String[] { "variables", "extensions" }) {
			JsonNode value = json.get(name);
			if (value != null && !value.isNull() && !value.isObject()) {
				return Optional
					.of("\"" + name + "\" must be a JSON object, not " + value.getNodeType().name().toLowerCase());
			}
		}
		return Optional.empty();
	}

	/** The document's text, or null when the request sends none. */
	public String query() {
		return text("query");
	}

	/** The operation name, or null. */
	public String operationName() {
		return text("operationName");
	}

	/** The variables as JSON text, {@code {}} when there are none. */
	public String variablesText() {
		JsonNode variables = json.get("variables");
		return (variables == null || variables.isNull()) ? "{}" : variables.toString();
	}

	/** The persisted query's hash from {@code extensions.persistedQuery.sha256Hash}. */
	public Optional<String> persistedHash() {
		JsonNode hash = json.path("extensions").path("persistedQuery").get("sha256Hash");
		return (hash != null && hash.isString()) ? Optional.of(hash.stringValue()) : Optional.empty();
	}

	/** The request as Spring for GraphQL runs it. */
	@SuppressWarnings("unchecked")
	SerializableGraphQlRequest toGraphQlRequest() {
		SerializableGraphQlRequest request = new SerializableGraphQlRequest();
		String query = query();
		if (query != null) {
			request.setQuery(query);
		}
		request.setOperationName(operationName());
		JsonNode variables = json.get("variables");
		if (variables != null && variables.isObject()) {
			request.setVariables(GraphQlJson.MAPPER.convertValue(variables, Map.class));
		}
		JsonNode extensions = json.get("extensions");
		if (extensions != null && extensions.isObject()) {
			request.setExtensions(GraphQlJson.MAPPER.convertValue(extensions, Map.class));
		}
		return request;
	}

	private String text(String name) {
		JsonNode value = json.get(name);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

}
