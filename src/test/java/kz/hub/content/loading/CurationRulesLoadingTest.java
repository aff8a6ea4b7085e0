package kz.hub.content.loading;

import java.util.List;

import kz.hub.content.Content;
import kz.hub.content.ContentFolder;
import kz.hub.content.CurationRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading curation.yaml: the editors' rules load in file order, and a rule that names an
 * unknown item or is malformed stops the load at its file, line and field.
 */
class CurationRulesLoadingTest {

	/** A fresh copy of the content for each test, to break. */
	@RegisterExtension
	final ContentFolder folder = new ContentFolder();

	private Content load() {
		return new ContentLoader().load(folder.location());
	}

	private void rules(String yaml) {
		folder.write("curation.yaml", yaml);
	}

	@Test
	void loadsTheShippedRules() {
		Content content = new ContentLoader().load("classpath:index-data/");
		assertThat(content.curation()).first()
			.isEqualTo(new CurationRule("residence permit",
					List.of("temporary-residence-permit", "permanent-residence-permit"), List.of()));
	}

	@Test
	void aMissingFileMeansNoRules() {
		folder.path("curation.yaml").toFile().delete();
		assertThat(load().curation()).isEmpty();
	}

	@Test
	void rulesAreAPartOfTheContentVersion() {
		String before = load().version();
		rules("- query: lake\n  hide: [big-almaty-lake]\n");
		assertThat(load().version()).isNotEqualTo(before);
	}

	@Test
	void rejectsUnknownIdAtItsRuleLineAndField() {
		rules("""
				- query: residence permit
				  pin: [temporary-residence-permit]
				- query: lake
				  pin: [kolsai-lakes]
				  hide: [big-almaty-lak]
				""");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("curation.yaml, line 3, field 'hide': unknown item id 'big-almaty-lak'");
	}

	@Test
	void acceptsASectionId() {
		rules("- query: application\n  pin: [residence-permit-guide#application-process]\n");
		assertThat(load().curation()).singleElement()
			.extracting(CurationRule::pin)
			.isEqualTo(List.of("residence-permit-guide#application-process"));
	}

	@Test
	void rejectsARuleWithoutQuery() {
		rules("- query: lake\n  pin: [kolsai-lakes]\n- pin: [almaty]\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("curation.yaml, line 3, field 'query': missing required field 'query'");
	}

	@Test
	void rejectsAnUnknownFieldAtItsLine() {
		rules("- query: lake\n  pins: [kolsai-lakes]\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("curation.yaml, line 2, field 'pins': unknown field 'pins'");
	}

	@Test
	void rejectsARuleThatPinsAndHidesNothing() {
		rules("- query: lake\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("curation.yaml, line 1, field 'pin': the rule for 'lake' pins and hides nothing");
	}

	@Test
	void rejectsAnItemBothPinnedAndHidden() {
		rules("- query: lake\n  pin: [kolsai-lakes]\n  hide: [kolsai-lakes]\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("curation.yaml, line 1, field 'hide': 'kolsai-lakes' is both pinned and hidden");
	}

	@Test
	void rejectsAnEmptyPinEntry() {
		rules("- query: lake\n  pin: [kolsai-lakes, \"\"]\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("curation.yaml, line 2, field 'pin': entry 2 of 2 is empty");
	}

	@Test
	void rejectsAFileThatIsNoList() {
		rules("query: lake\npin: [kolsai-lakes]\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageContaining("curation.yaml, line 1: expected a list of items");
	}

}
