package kz.hub.persisted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import kz.hub.LiveHeap;

/**
 * What a parsed document costs the heap, per document and per character of its text, for
 * the shapes a client can send; {@link DocumentWeight} weighs each character as the
 * densest. Run with
 * {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark=kz.hub.persisted.DocumentHeapBenchmark}.
 */
public final class DocumentHeapBenchmark {

	private static final int DOCUMENTS = 20_000;

	private DocumentHeapBenchmark() {
	}

	public static void main(String[] args) {
		Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
		shapes.put("one field", i -> "{a" + i + ":__typename}");
		shapes.put("50 aliases", i -> "{x" + i + ":__typename " + "a:__typename ".repeat(50) + "}");
		shapes.put("100 fields", i -> "{x" + i + ":__typename permits{" + "id ".repeat(100) + "}}");
		shapes.put("nested one-letter fields", i -> "{x" + i + ":__typename " + "a{b{c}}".repeat(100) + "}");
		shapes.put("40 fields with arguments",
				i -> "{x" + i + ":__typename " + "p:permit(id:\"a\"){id} ".repeat(40) + "}");
		shapes.put("long Latin string", i -> "{search(query:\"" + "x".repeat(400) + i + "\"){totalCount}}");
		shapes.put("long Cyrillic string", i -> "{search(query:\"" + "ж".repeat(400) + i + "\"){totalCount}}");
		System.out.printf("%-26s %12s %12s %10s%n", "shape", "bytes/doc", "bytes/char", "weight/doc");
		shapes.forEach((name, shape) -> measure(name, shape));
	}

	private static void measure(String name, IntFunction<String> shape) {
		List<Object> kept = new ArrayList<>(2 * DOCUMENTS);
		long characters = 0;
		long weight = 0;
		long before = LiveHeap.bytes();
		for (int i = 0; i < DOCUMENTS; i++) {
			String text = shape.apply(i);
			characters += text.length();
			weight += DocumentWeight.of(text);
			kept.add(text);
			kept.add(new PreparsedDocumentEntry(Parser.parse(text)));
		}
		long bytes = LiveHeap.bytes() - before;
		System.out.printf("%-26s %12d %12.1f %10d%n", name, bytes / DOCUMENTS, (double) bytes / characters,
				weight / DOCUMENTS);
		kept.clear();
	}

}
