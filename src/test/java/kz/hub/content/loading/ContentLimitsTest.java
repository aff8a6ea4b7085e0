package kz.hub.content.loading;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kz.hub.content.Content;
import kz.hub.content.ContentFolder;
import kz.hub.content.Destination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Content too large to serve safely is a content error naming the file, the line, the
 * field and the limit, raised before anything is built from it.
 */
class ContentLimitsTest {

	@RegisterExtension
	final ContentFolder folder = new ContentFolder();

	private Content load() {
		return new ContentLoader().load(folder.location());
	}

	/** A YAML flow list of {@code count} distinct entries. */
	private static String entries(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "name " + i).collect(Collectors.joining(", ", "[", "]"));
	}

	/** The file with comment lines added at its end until it is {@code bytes} long. */
	private String paddedTo(String file, int bytes) {
		String text = folder.read(file);
		int missing = bytes - text.getBytes(StandardCharsets.UTF_8).length;
		StringBuilder padding = new StringBuilder();
		while (missing > 0) {
			// ASCII: one byte a character.
			String line = "#".repeat(Math.min(99, missing - 1)) + "\n";
			padding.append(line);
			missing -= line.length();
		}
		return text + padding;
	}

	@Test
	void aYamlFileOverItsSizeLimitIsRefusedWithItsSizeAndTheLimit() {
		folder.write("destinations.yaml", paddedTo("destinations.yaml", ContentLimits.DATA_FILE_BYTES + 1));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessage("destinations.yaml: is " + (ContentLimits.DATA_FILE_BYTES + 1) + " bytes, the limit is "
					+ ContentLimits.DATA_FILE_BYTES + " bytes");
	}

	@Test
	void aYamlFileOfExactlyTheSizeLimitLoads() {
		folder.write("destinations.yaml", paddedTo("destinations.yaml", ContentLimits.DATA_FILE_BYTES));
		assertThat(load().destinations()).isNotEmpty();
	}

	@Test
	void aGuideOverItsSizeLimitIsRefusedWithItsSizeAndTheLimit() {
		String guide = folder.read("guides/top-places-to-visit.md");
		folder.write("guides/top-places-to-visit.md",
				guide + "\n" + "Long text. ".repeat(ContentLimits.GUIDE_BYTES / 11 + 1) + "\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("guides/top-places-to-visit.md: is ")
			.hasMessageEndingWith(" bytes, the limit is " + ContentLimits.GUIDE_BYTES + " bytes");
	}

	@Test
	void anAliasListOverTheLimitIsRefusedAtItsFieldAndLine() {
		folder.replace("destinations.yaml", "aliases: [Alma-Ata, Алматы, Алма-Ата]",
				"aliases: " + entries(ContentLimits.LIST_ENTRIES + 1));
		int line = folder.lineOf("destinations.yaml", "aliases: [name 1,");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessage("destinations.yaml, line " + line + ", field 'aliases': " + (ContentLimits.LIST_ENTRIES + 1)
					+ " entries, the limit is " + ContentLimits.LIST_ENTRIES);
	}

	@Test
	void aListOfExactlyTheLimitLoads() {
		folder.replace("destinations.yaml", "aliases: [Alma-Ata, Алматы, Алма-Ата]",
				"aliases: " + entries(ContentLimits.LIST_ENTRIES));
		assertThat(load().item("almaty", Destination.class)).get()
			.satisfies(almaty -> assertThat(almaty.aliases()).hasSize(ContentLimits.LIST_ENTRIES));
	}

	@Test
	void aBlockListOverTheLimitCountsEveryEntryAndPointsAtItsField() {
		String block = IntStream.rangeClosed(1, 500).mapToObj(i -> "    - name " + i).collect(Collectors.joining("\n"));
		folder.replace("destinations.yaml", "aliases: [Alma-Ata, Алматы, Алма-Ата]", "aliases:\n" + block);
		int line = folder.lineOf("destinations.yaml", "aliases:\n    - name 1");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessage("destinations.yaml, line " + line + ", field 'aliases': 500 entries, the limit is "
					+ ContentLimits.LIST_ENTRIES);
	}

	@Test
	void aListInAGuidesFrontMatterOverTheLimitIsRefusedAtItsLineInTheGuide() {
		String tags = "tags: [travel, places to visit, things to do, nature, cities]";
		int line = folder.lineOf("guides/top-places-to-visit.md", tags);
		folder.replace("guides/top-places-to-visit.md", tags, "tags: " + entries(ContentLimits.LIST_ENTRIES + 1));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessage("guides/top-places-to-visit.md, line " + line + ", field 'tags': "
					+ (ContentLimits.LIST_ENTRIES + 1) + " entries, the limit is " + ContentLimits.LIST_ENTRIES);
	}

	@Test
	void aTranslationsListOverTheLimitIsRefused() {
		String russian = folder.read("destinations.ru.yaml");
		String attractions = russian.lines().filter(line -> line.contains("attractions:")).findFirst().orElseThrow();
		folder.replace("destinations.ru.yaml", attractions,
				attractions.substring(0, attractions.indexOf("attractions:")) + "attractions: "
						+ entries(ContentLimits.LIST_ENTRIES + 1));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("destinations.ru.yaml, line ")
			.hasMessageEndingWith(", field 'attractions': " + (ContentLimits.LIST_ENTRIES + 1)
					+ " entries, the limit is " + ContentLimits.LIST_ENTRIES);
	}

	@Test
	void aFileWithMoreItemsThanTheLimitIsRefused() {
		String rules = IntStream.rangeClosed(1, ContentLimits.ITEMS_PER_FILE + 1)
			.mapToObj(i -> "- query: search " + i + "\n  pin: [shymbulak]\n")
			.collect(Collectors.joining());
		folder.write("curation.yaml", rules);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessage("curation.yaml, line 1: " + (ContentLimits.ITEMS_PER_FILE + 1) + " items, the limit is "
					+ ContentLimits.ITEMS_PER_FILE);
	}

	@Test
	void moreSynonymRulesThanTheLimitAreRefusedAtTheFirstRuleOverIt() {
		String synonyms = folder.read("synonyms.txt");
		long rulesBefore = synonyms.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
		String added = IntStream.rangeClosed(1, ContentLimits.ITEMS_PER_FILE)
			.mapToObj(i -> "word" + i + ", other" + i + "\n")
			.collect(Collectors.joining());
		folder.write("synonyms.txt", synonyms + added);
		int overLimit = folder.lineOf("synonyms.txt",
				"word" + (ContentLimits.ITEMS_PER_FILE - rulesBefore + 1) + ", other");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessage("synonyms.txt, line " + overLimit + ": " + (rulesBefore + ContentLimits.ITEMS_PER_FILE)
					+ " synonym rules, the limit is " + ContentLimits.ITEMS_PER_FILE);
	}

	@Test
	void aGuideWithMoreSectionsThanTheLimitIsRefused() {
		String guide = folder.read("guides/top-places-to-visit.md");
		long sectionsBefore = guide.lines().filter(line -> line.startsWith("## ") || line.startsWith("### ")).count();
		String added = IntStream.rangeClosed(1, ContentLimits.ITEMS_PER_FILE)
			.mapToObj(i -> "## Part " + i + "\n\nText.\n\n")
			.collect(Collectors.joining());
		folder.write("guides/top-places-to-visit.md", guide + "\n" + added);
		int overLimit = folder.lineOf("guides/top-places-to-visit.md",
				"## Part " + (ContentLimits.ITEMS_PER_FILE - sectionsBefore + 1) + "\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessage("guides/top-places-to-visit.md, line " + overLimit + ": "
					+ (sectionsBefore + ContentLimits.ITEMS_PER_FILE)
					+ " sections ('##' and '###' headings), the limit is " + ContentLimits.ITEMS_PER_FILE);
	}

}
