package kz.hub.content.loading;

import kz.hub.content.Content;
import kz.hub.content.ContentFolder;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Translations beside the English files: read into editions of their own, English where
 * an item has none, and every authoring mistake stops the load at its file, line and
 * field.
 */
class TranslationLoadingTest {

	@RegisterExtension
	final ContentFolder folder = new ContentFolder();

	private static final String RUSSIAN_PERMIT = """
			- id: temporary-residence-permit
			  name: Разрешение на временное проживание
			  summary: Выдаётся на срок до одного года.
			  description: Выдаётся на срок до одного года с продлением до пяти лет.
			  issuingAuthority: Миграционная полиция
			""";

	private Content load() {
		return new ContentLoader().load(folder.location());
	}

	@Test
	void readsAPermitInRussianAndKeepsEverythingButItsText() {
		folder.write("permits.ru.yaml", RUSSIAN_PERMIT);
		Content content = load();
		Permit russian = content.in(Language.RU).item("temporary-residence-permit", Permit.class).orElseThrow();
		Permit english = content.item("temporary-residence-permit", Permit.class).orElseThrow();
		assertThat(russian.name()).isEqualTo("Разрешение на временное проживание");
		assertThat(russian.issuingAuthority()).isEqualTo("Миграционная полиция");
		assertThat(russian.requirementIds()).isEqualTo(english.requirementIds());
		assertThat(russian.validity()).isEqualTo(english.validity());
		assertThat(content.languagesOf("temporary-residence-permit")).contains(Language.EN, Language.RU);
		assertThat(content.languageOf("temporary-residence-permit", Language.RU)).isEqualTo(Language.RU);
	}

	@Test
	void answersAnUntranslatedItemInEnglishAndReportsIt() {
		folder.write("permits.ru.yaml", RUSSIAN_PERMIT);
		Content content = load();
		assertThat(content.in(Language.RU).item("permanent-residence-permit", Permit.class)).get()
			.extracting(Permit::name)
			.isEqualTo("Permanent Residence Permit");
		assertThat(content.languageOf("permanent-residence-permit", Language.RU)).isEqualTo(Language.EN);
		assertThat(content.missingTranslations().get(Language.RU)).contains("permits.yaml: permanent-residence-permit")
			.doesNotContain("permits.yaml: temporary-residence-permit");
	}

	@Test
	void aTranslationIsANewContentVersion() {
		String before = load().version();
		folder.write("permits.ru.yaml", RUSSIAN_PERMIT);
		assertThat(load().version()).isNotEqualTo(before);
	}

	@Test
	void rejectsATranslationOfAnUnknownId() {
		folder.write("permits.ru.yaml", RUSSIAN_PERMIT.replace("temporary-residence-permit", "temporary-permit"));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("permits.ru.yaml, line 1, field 'id'")
			.hasMessageContaining("translates 'temporary-permit', which permits.yaml does not have");
	}

	@Test
	void rejectsATranslationThatLacksAField() {
		folder.write("permits.ru.yaml", RUSSIAN_PERMIT.replace("  summary: Выдаётся на срок до одного года.\n", ""));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("permits.ru.yaml, line 1, field 'summary'")
			.hasMessageContaining("missing required field 'summary'");
	}

	@Test
	void rejectsAFieldThatIsNotText() {
		folder.write("permits.ru.yaml", RUSSIAN_PERMIT + "  kind: TEMPORARY\n");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("permits.ru.yaml, line 6")
			.hasMessageContaining("unknown field 'kind'");
	}

	@Test
	void rejectsAnUnknownLanguage() {
		folder.write("permits.de.yaml", RUSSIAN_PERMIT);
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("permits.de.yaml: 'de' is not a language of translations")
			.hasMessageContaining("permits.ru.yaml (Russian) or permits.kk.yaml (Kazakh)");
	}

	@Test
	void answersInEnglishWhereAListNoLongerLinesUpWithTheEnglishOne() {
		folder.write("destinations.kk.yaml", """
				- id: almaty
				  name: Алматы
				  summary: Қазақстанның ең үлкен қаласы.
				  description: Алматы — Қазақстанның ең үлкен қаласы.
				  attractions: [Медеу]
				  activities: []
				  wildlife: []
				  region: Алматы
				""");
		Content content = load();
		assertThat(content.languageOf("almaty", Language.KK)).isEqualTo(Language.EN);
		assertThat(content.missingTranslations().get(Language.KK))
			.anySatisfy(problem -> assertThat(problem).startsWith("destinations.kk.yaml, line 1, field 'attractions'")
				.contains("has 1 entries but the English item has 3"));
	}

	@Test
	void keepsTheEnglishAnchorsOfATranslatedGuide() {
		folder.write("guides/top-places-to-visit.ru.md", russianGuide("{#almaty}"));
		Guide guide = load().in(Language.RU).item("top-places-to-visit", Guide.class).orElseThrow();
		assertThat(guide.title()).isEqualTo("Казахстан: лучшие места");
		assertThat(guide.sections()).extracting(Section::id).contains("top-places-to-visit#almaty");
		assertThat(guide.sections()).extracting(Section::heading).contains("Алматы");
	}

	@Test
	void rejectsATranslatedGuideWhoseAnchorsDiffer() {
		folder.write("guides/top-places-to-visit.ru.md", russianGuide("{#almaty-city}"));
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("guides/top-places-to-visit.ru.md, line 11")
			.hasMessageContaining("the English heading 2 has 'almaty'; end the translated heading with {#almaty}");
	}

	/** The English guide's headings in Russian, the second with the given anchor. */
	private String russianGuide(String almatyAnchor) {
		String english = folder.read("guides/top-places-to-visit.md");
		StringBuilder body = new StringBuilder();
		english.lines().dropWhile(line -> !line.startsWith("## ")).forEach(line -> {
			if (line.startsWith("## ")) {
				String anchor = org.commonmark.ext.heading.anchor.IdGenerator.builder()
					.build()
					.generateId(line.substring(3).strip());
				String heading = anchor.equals("almaty") ? "Алматы " + almatyAnchor : "Раздел {#" + anchor + "}";
				body.append("## ").append(heading).append("\n\nТекст.\n\n");
			}
		});
		return """
				---
				title: "Казахстан: лучшие места"
				summary: Десять мест.
				tags: [путешествия]
				---

				""" + body;
	}

}
