package kz.hub.content;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading index-data: the real content loads whole, and each kind of authoring mistake
 * stops the load clearly.
 */
class ContentLoaderTest {

	@TempDir
	Path root;

	ContentFolder folder;

	@BeforeEach
	void copyContent() {
		folder = ContentFolder.copyInto(root);
	}

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
	void rejectsUnknownField() {
		int line = folder.lineOf("destinations.yaml", "id: astana") + 1;
		folder.replace("destinations.yaml", "id: astana", "id: astana\n  colour: blue");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + line)
			.hasMessageContaining("unknown field 'colour'");
	}

	@Test
	void rejectsMissingRequiredField() {
		String region = folder.read("destinations.yaml")
			.lines()
			.filter(l -> l.strip().startsWith("region:"))
			.findFirst()
			.orElseThrow();
		folder.replace("destinations.yaml", region + "\n", "");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line ")
			.hasMessageContaining("missing required field 'region'");
	}

	@Test
	void rejectsUnknownEnumValue() {
		folder.replace("destinations.yaml", "kind: CITY", "kind: TOWN");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("destinations.yaml, line " + folder.lineOf("destinations.yaml", "kind: TOWN"))
			.hasMessageContaining("field 'kind'")
			.hasMessageContaining("TOWN");
	}

	@Test
	void rejectsDuplicateIdAcrossTypes() {
		folder.replace("steps.yaml", "id: gather-documents", "id: passport");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("steps.yaml, line " + folder.lineOf("steps.yaml", "id: passport"))
			.hasMessageContaining("duplicate id 'passport'")
			.hasMessageContaining("documents.yaml");
	}

	@Test
	void rejectsUnknownPermitInGuideFrontMatter() {
		folder.replace("guides/residence-permit-guide.md", "temporary-residence-permit", "golden-visa");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("guides/residence-permit-guide.md")
			.hasMessageContaining("field 'permits'")
			.hasMessageContaining("unknown permit id 'golden-visa'");
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
			.hasMessageContaining("guides/top-places-to-visit.md, line ");
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
			.hasMessageContaining("steps.yaml: is missing");
	}

}
