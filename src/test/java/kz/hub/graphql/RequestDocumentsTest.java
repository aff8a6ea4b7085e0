package kz.hub.graphql;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import kz.hub.persisted.PersistedDocuments;
import kz.hub.persisted.ShippedOperations;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** A repeated query pays no parse cost; an invalid one is never kept. */
class RequestDocumentsTest {

	private final RequestDocuments cache = new RequestDocuments(
			new PersistedDocuments(ShippedOperations.load(new ClassPathResource(ShippedOperations.LOCATION)), false));

	private final AtomicInteger parses = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
		parses.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	@Test
	void repeatedQueryIsParsedOnce() throws Exception {
		ExecutionInput input = ExecutionInput.newExecutionInput("{ permits { id } }").build();
		PreparsedDocumentEntry first = cache.getDocumentAsync(input, parse).get();
		PreparsedDocumentEntry second = cache.getDocumentAsync(input, parse).get();
		assertThat(parses).hasValue(1);
		assertThat(second.getDocument()).isSameAs(first.getDocument());
	}

	@Test
	void invalidQueryIsParsedEveryTime() throws Exception {
		ExecutionInput input = ExecutionInput.newExecutionInput("{ nope }").build();
		Function<ExecutionInput, PreparsedDocumentEntry> invalid = in -> {
			parses.incrementAndGet();
			return new PreparsedDocumentEntry(ValidationError.newValidationError()
				.validationErrorType(ValidationErrorType.FieldUndefined)
				.description("Field 'nope' in type 'Query' is undefined")
				.build());
		};
		cache.getDocumentAsync(input, invalid).get();
		cache.getDocumentAsync(input, invalid).get();
		assertThat(parses).hasValue(2);
	}

}
