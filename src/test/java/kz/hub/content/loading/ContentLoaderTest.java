package kz.hub.content.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.ContentFolder;
import kz.hub.content.Destination;
import kz.hub.content.Explained;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading index-data: the real content loads whole, and each kind of authoring mistake
 * stops the load clearly.
 */
class ContentLoaderTest {

	/** A fresh copy of the content for each test, to break. */
	@RegisterExtension
	final ContentFolder folder = new ContentFolder();

	private Content load() {
		return new ContentLoader().load(folder.location());
	}

	@Test
	void loadsEveryItemOfTheArticles() {
		Content content = new ContentLoader().load("classpath:index-data/");
		assertThat(content.guides()).extracting(Guide::id)
			.containsExactly("residence-permit-guide", "top-places-to-visit");
		assertThat(content.permits()).hasSize(3);
		assertThat(content.requirements()).hasSize(4);
		assertThat(content.documents()).hasSize(5);
		assertThat(content.steps()).extracting(ApplicationStep::order).containsExactly(1, 2, 3, 4);
		assertThat(content.destinations()).extracting(Destination::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(content.item("residence-permit-guide#health-insurance")).get().isInstanceOf(Section.class);
		assertThat(content.synonyms()).contains("residence");
	}

	@Test
	void rejectsUnknownDocumentIdInPermit() {
		String permits = folder.read("permits.yaml");
		int item = permits.indexOf("id: permanent-residence-permit");
		int link = permits.indexOf("passport-photos", item);
		folder.write("permits.yaml", permits.substring(0, link) + "pasport-photos" + permits.substring(link + 15));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining(
					"permits.yaml, line " + folder.lineOf("permits.yaml", "id: permanent-residence-permit"))
			.hasMessageContaining("field 'documents'")
			.hasMessageContaining("unknown document id 'pasport-photos'");
	}

	@Test
	void linksEveryFactToTheSectionThatExplainsIt() {
		Content content = new ContentLoader().load("classpath:index-data/");
		assertThat(content.item("health-insurance", Requirement.class).flatMap(content.links()::sectionOf)).get()
			.extracting(Section::id)
			.isEqualTo("residence-permit-guide#health-insurance");
		assertThat(content.item("charyn-canyon", Destination.class).flatMap(content.links()::sectionOf)).get()
			.extracting(Section::id)
			.isEqualTo("top-places-to-visit#charyn-canyon");
		assertThat(content.item("permanent-residence-permit", Permit.class).flatMap(content.links()::sectionOf)).get()
			.extracting(Section::id)
			.isEqualTo("residence-permit-guide#permanent-residence-permit");
		assertThat(content.items()).filteredOn(Explained.class::isInstance)
			.map(Explained.class::cast)
			.allSatisfy(fact -> assertThat(content.links().sectionOf(fact)).as(fact.toString()).isPresent());
	}

	@Test
	void rejectsUnknownSectionInRequirement() {
		folder.replace("requirements.yaml", "section: residence-permit-guide#health-insurance",
				"section: residence-permit-guide#health-insurence");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining(
					"requirements.yaml, line " + folder.lineOf("requirements.yaml", "- id: health-insurance")
							+ ", field 'section': unknown section id 'residence-permit-guide#health-insurence'")
			.hasMessageContaining("residence-permit-guide#health-insurance");
	}

	@Test
	void rejectsASectionLinkWhoseHeadingWasRenamed() {
		folder.replace("guides/top-places-to-visit.md", "## Charyn Canyon", "## Sharyn Canyon");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + folder.lineOf("destinations.yaml", "- id: charyn-canyon")
					+ ", field 'section': unknown section id 'top-places-to-visit#charyn-canyon'");
	}

	@Test
	void rejectsABlankSection() {
		folder.replace("steps.yaml", "section: residence-permit-guide#submit-your-application", "section: \" \"");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("steps.yaml, line " + folder.lineOf("steps.yaml", "section: \" \"")
					+ ", field 'section': is blank");
	}

	@Test
	void loadsAnItemThatNamesNoSection() {
		folder.replace("documents.yaml",
				"  section: residence-permit-guide#gather-required-documents\n\n- id: passport-photos",
				"\n- id: passport-photos");
		Content content = load();
		assertThat(content.item("passport", RequiredDocument.class)).get()
			.satisfies(passport -> assertThat(content.links().sectionOf(passport)).isEmpty());
		assertThat(content.item("passport-photos", RequiredDocument.class).flatMap(content.links()::sectionOf))
			.isPresent();
	}

	@Test
	void rejectsUnknownField() {
		int line = folder.lineOf("destinations.yaml", "id: astana") + 1;
		folder.replace("destinations.yaml", "id: astana", "id: astana\n  colour: blue");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + line + ", field 'colour': unknown field 'colour'");
	}

	@Test
	void rejectsMissingRequiredFieldAtItsItem() {
		folder.replace("destinations.yaml", "  region: Almaty\n", "");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + folder.lineOf("destinations.yaml", "- id: almaty")
					+ ", field 'region': missing required field 'region'");
	}

	@Test
	void rejectsEmptyEntryInAList() {
		folder.replace("destinations.yaml", "activities: [sightseeing]", "activities: [\"\", sightseeing]");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining(
					"destinations.yaml, line " + folder.lineOf("destinations.yaml", "activities: [\"\", sightseeing]")
							+ ", field 'activities': entry 1 of 2 is empty");
	}

	@Test
	void rejectsEmptyEntryInAListOfIds() {
		folder.replace("permits.yaml", "steps: [", "steps: [\" \", ");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("permits.yaml, line " + folder.lineOf("permits.yaml", "steps: [\" \", ")
					+ ", field 'steps': entry 1 of ");
	}

	@Test
	void rejectsBlankText() {
		folder.replace("destinations.yaml", "name: Astana", "name: \" \"");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + folder.lineOf("destinations.yaml", "name: \" \"")
					+ ", field 'name': is blank");
	}

	@Test
	void rejectsAnIdThatIsNotASlug() {
		folder.replace("steps.yaml", "id: gather-documents", "id: Gather Documents");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("steps.yaml, line " + folder.lineOf("steps.yaml", "id: Gather Documents")
					+ ", field 'id': 'Gather Documents' is not an id");
	}

	@Test
	void rejectsAnOverLongId() {
		String longId = "a".repeat(101);
		folder.replace("guides/top-places-to-visit.md", "id: top-places-to-visit", "id: " + longId);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/top-places-to-visit.md, line "
					+ folder.lineOf("guides/top-places-to-visit.md", "id: " + longId) + ", field 'id'")
			.hasMessageContaining("at most 100");
	}

	@Test
	void rejectsAnOverLongName() {
		String longName = "Astana ".repeat(30).strip();
		folder.replace("destinations.yaml", "name: Astana", "name: " + longName);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + folder.lineOf("destinations.yaml", "name: Astana Astana")
					+ ", field 'name': is " + longName.length() + " characters long")
			.hasMessageContaining("the limit is 200");
	}

	@Test
	void rejectsAnOverLongHeading() {
		String longHeading = "Astana ".repeat(30).strip();
		folder.replace("guides/top-places-to-visit.md", "## Astana", "## " + longHeading);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/top-places-to-visit.md, line "
					+ folder.lineOf("guides/top-places-to-visit.md", "## " + longHeading) + ": the heading is "
					+ longHeading.length() + " characters long");
	}

	@Test
	void rejectsUnknownEnumValue() {
		folder.replace("destinations.yaml", "kind: CITY", "kind: TOWN");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining(
					"destinations.yaml, line " + folder.lineOf("destinations.yaml", "kind: TOWN") + ", field 'kind'")
			.hasMessageContaining("TOWN");
	}

	@Test
	void rejectsDuplicateIdAcrossTypes() {
		folder.replace("steps.yaml", "id: gather-documents", "id: passport");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("steps.yaml, line " + folder.lineOf("steps.yaml", "id: passport")
					+ ", field 'id': duplicate id 'passport'")
			.hasMessageContaining("documents.yaml");
	}

	@Test
	void rejectsUnknownPermitInGuideFrontMatter() {
		folder.replace("guides/residence-permit-guide.md", "temporary-residence-permit", "golden-visa");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining(
					"guides/residence-permit-guide.md, line 2, field 'permits': unknown permit id 'golden-visa'");
	}

	@Test
	void rejectsUnclosedFrontMatter() {
		String guide = folder.read("guides/top-places-to-visit.md");
		int closing = guide.indexOf("\n---", 3);
		folder.write("guides/top-places-to-visit.md", guide.substring(0, closing) + guide.substring(closing + 4));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/top-places-to-visit.md, line 1")
			.hasMessageContaining("never closed");
	}

	@Test
	void rejectsMalformedFrontMatterYaml() {
		folder.replace("guides/top-places-to-visit.md", "\nid: top-places-to-visit", "\nid: [top-places-to-visit");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/top-places-to-visit.md, line "
					+ folder.lineOf("guides/top-places-to-visit.md", "id: [top-places-to-visit") + ", field 'id'");
	}

	@Test
	void rejectsTextBeforeTheFirstHeading() {
		String guide = folder.read("guides/top-places-to-visit.md");
		int body = guide.indexOf("\n---", 3) + 5;
		folder.write("guides/top-places-to-visit.md",
				guide.substring(0, body) + "Stray words.\n\n" + guide.substring(body));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/top-places-to-visit.md, line "
					+ folder.lineOf("guides/top-places-to-visit.md", "Stray words."))
			.hasMessageContaining("before the first '##' heading");
	}

	@Test
	void rejectsTwoHeadingsWithOneAnchor() {
		folder.replace("guides/top-places-to-visit.md", "## Astana", "## Almaty");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/top-places-to-visit.md, line "
					+ folder.lineOf("guides/top-places-to-visit.md", "## Almaty\n\nAstana"))
			.hasMessageContaining("anchor 'almaty'");
	}

	@Test
	void rejectsAMissingFile() {
		folder.path("steps.yaml").toFile().delete();
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("steps.yaml: is missing from the content folder");
	}

	@Test
	void readsAPlainFolderPathFromDisk() {
		folder.replace("destinations.yaml", "name: Astana", "name: Nur-Sultan");
		Content content = new ContentLoader().load(folder.path("").toString());
		assertThat(content.item("astana", Destination.class)).get()
			.extracting(Destination::name)
			.isEqualTo("Nur-Sultan");
	}

	@Test
	void rejectsAGuideLinkedFromOutsideTheFolder(@TempDir Path elsewhere) throws IOException {
		Path outside = elsewhere.resolve("winter.md");
		Files.writeString(outside, """
				---
				id: winter-tips
				title: Winter tips
				summary: Staying warm.
				category: TRAVEL
				---
				## Layers

				Dress in layers.
				""");
		Files.createSymbolicLink(folder.path("guides/winter.md"), outside);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/winter.md: is a link to a file outside the content folder")
			.hasMessageNotContaining(elsewhere.toString());
	}

	@Test
	void rejectsADataFileLinkedFromOutsideTheFolder(@TempDir Path elsewhere) throws IOException {
		Path outside = Files.copy(folder.path("steps.yaml"), elsewhere.resolve("steps.yaml"));
		Files.delete(folder.path("steps.yaml"));
		Files.createSymbolicLink(folder.path("steps.yaml"), outside);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("steps.yaml: is a link to a file outside the content folder");
	}

	@Test
	void acceptsALinkToAFileInsideTheFolder() throws IOException {
		Files.move(folder.path("steps.yaml"), folder.path("guides/steps.yaml"));
		Files.createSymbolicLink(folder.path("steps.yaml"), folder.path("guides/steps.yaml"));
		assertThat(load().steps()).hasSize(4);
	}

	@Test
	void rejectsBytesThatAreNotUtf8AtTheirLine() throws IOException {
		int line = folder.lineOf("destinations.yaml", "name: Astana");
		String text = folder.read("destinations.yaml");
		int at = text.indexOf("name: Astana") + "name: Ast".length();
		byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
		byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
		byte[] broken = new byte[before.length + 1 + after.length];
		System.arraycopy(before, 0, broken, 0, before.length);
		broken[before.length] = (byte) 0xC3;
		System.arraycopy(after, 0, broken, before.length + 1, after.length);
		Files.write(folder.path("destinations.yaml"), broken);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + line + ": is not valid UTF-8");
	}

	@Test
	void guideLinksLeadOnlyToTheWebMailOrRelativePages() {
		folder.write("guides/top-places-to-visit.md", folder.read("guides/top-places-to-visit.md") + """

				[page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
				[script](javascript:alert(1)) [site](https://example.org/) [mail](mailto:hub@example.org)
				[other](residence-permit-guide) ![img](data:image/svg+xml;base64,PHN2Zz4=)
				""");
		String html = load().guides().get(1).sections().getLast().html();
		assertThat(html).doesNotContain("data:")
			.doesNotContain("javascript:")
			.contains("href=\"\">page</a>")
			.contains("href=\"https://example.org/\"")
			.contains("href=\"mailto:hub@example.org\"")
			.contains("href=\"residence-permit-guide\"");
	}

}
