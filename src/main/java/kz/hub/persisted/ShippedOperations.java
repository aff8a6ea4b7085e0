package kz.hub.persisted;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

import org.springframework.core.io.Resource;

/**
 * The operations of the public contract as the jar ships them: each operation with the
 * fragments it spreads is one document, known by the SHA-256 of its printed text.
 *
 * @param documentsByName each operation's document, by operation name, in file order
 */
public record ShippedOperations(Map<String, String> documentsByName) {

	/** Where the jar carries the contract's operations. */
	public static final String LOCATION = "graphql/persisted/operations.graphql";

	/** Reads and splits the operations file. */
	public static ShippedOperations load(Resource operations) {
		String text;
		try (InputStream in = operations.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the shipped operations " + operations, ex);
		}
		Document file = Parser.parse(text);
		Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
		file.getDefinitionsOfType(FragmentDefinition.class)
			.forEach(fragment -> fragments.put(fragment.getName(), fragment));
		Map<String, String> documents = new LinkedHashMap<>();
		for (OperationDefinition operation : file.getDefinitionsOfType(OperationDefinition.class)) {
			Set<String> used = new LinkedHashSet<>();
			collectSpreads(operation, fragments, used);
			List<Definition> definitions = new ArrayList<>();
			definitions.add(operation);
			used.forEach(name -> definitions.add(fragments.get(name)));
			documents.put(operation.getName(), AstPrinter.printAst(new Document(definitions)));
		}
		return new ShippedOperations(Map.copyOf(documents));
	}

	/** The fragments a node spreads, and the ones those spread, by name. */
	private static void collectSpreads(Node<?> node, Map<String, FragmentDefinition> fragments, Set<String> used) {
		for (Node<?> child : node.getChildren()) {
			if (child instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
					&& used.add(spread.getName())) {
				collectSpreads(fragments.get(spread.getName()), fragments, used);
			}
			collectSpreads(child, fragments, used);
		}
	}

	/** Each shipped document by its hash. */
	public Map<String, String> documentsByHash() {
		Map<String, String> byHash = new LinkedHashMap<>();
		documentsByName.values().forEach(document -> byHash.put(PersistedDocuments.hashOf(document), document));
		return byHash;
	}

}
