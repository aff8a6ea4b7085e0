package kz.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The content shipped in {@code index-data/}, read straight from its YAML files rather
 * than through the hub, so that tests compare what the hub serves with what the authors
 * wrote, however many items they add.
 */
public final class ShippedContent {

	private static final Path FOLDER = Path.of("index-data");

	private ShippedContent() {
	}

	/** The items of one YAML file, e.g. {@code "permits.yaml"}, in file order. */
	public static List<Map<String, Object>> items(String file) {
		try {
			List<Map<String, Object>> items = new Yaml().load(Files.readString(FOLDER.resolve(file)));
			return (items != null) ? items : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ids of one YAML file's items, in file order. */
	public static List<String> ids(String file) {
		return items(file).stream().map(item -> (String) item.get("id")).toList();
	}

	/** The front matter of a guide, by the guide's id. */
	public static Map<String, Object> guide(String id) {
		try {
			String guide = Files.readString(FOLDER.resolve("guides").resolve(id + ".md"));
			return new Yaml().load(guide.split("(?m)^---$")[1]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One item of a YAML file, by its id. */
	public static Map<String, Object> item(String file, String id) {
		return items(file).stream()
			.filter(item -> id.equals(item.get("id")))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no " + id + " in " + file));
	}

	/** The destinations' ids by rank. */
	public static List<String> destinationIdsByRank() {
		return items("destinations.yaml").stream()
			.sorted(Comparator.comparingInt(item -> (Integer) item.get("rank")))
			.map(item -> (String) item.get("id"))
			.toList();
	}

}
