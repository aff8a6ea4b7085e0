package kz.hub.graphql;

import java.util.ArrayList;
import java.util.List;

import kz.hub.HubHttpTest;
import kz.hub.content.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item with no Kazakh translation, asked for in English and in Kazakh in one request:
 * the English text answers for it in both, and the items it links to answer in each
 * alias's language.
 */
@HubHttpTest
class UntranslatedLinksApiTest {

	private static final String PERMIT = "temporary-residence-permit";

	private static final String CYRILLIC = ".*\\p{IsCyrillic}.*";

	private static final String BOTH_LANGUAGES = """
			query Both($id: ID!) {
			  en: permit(id: $id, language: EN) { language requirements { title } documents { name } guide { title } steps { title } }
			  kk: permit(id: $id, language: KK) { language requirements { title } documents { name } guide { title } steps { title } }
			}""";

	@RegisterExtension
	static final ContentFolder folder = ContentFolder.served();

	@DynamicPropertySource
	static void contentWithoutOneKazakhPermit(DynamicPropertyRegistry registry) {
		String kazakh = folder.read("permits.kk.yaml");
		int start = kazakh.indexOf("- id: " + PERMIT);
		int next = kazakh.indexOf("\n- id: ", start);
		folder.write("permits.kk.yaml", kazakh.substring(0, start) + kazakh.substring(next + 1));
		folder.serveTo(registry);
	}

	@Autowired
	HttpGraphQlTester graphQl;

	private static List<String> texts(GraphQlTester.Response answer, String alias) {
		List<String> texts = new ArrayList<>();
		for (String path : List.of(".requirements[*].title", ".documents[*].name", ".steps[*].title")) {
			texts.addAll(answer.path(alias + path).entityList(String.class).get());
		}
		texts.add(answer.path(alias + ".guide.title").entity(String.class).get());
		return texts;
	}

	@Test
	void linksOfAnUntranslatedItemFollowTheLanguageOfEachAlias() {
		for (String first : List.of("en", "kk")) {
			String document = first.equals("en") ? BOTH_LANGUAGES
					: BOTH_LANGUAGES.replaceFirst("(?m)^(  en: .*\\n)(  kk: .*\\n)", "$2$1");
			GraphQlTester.Response answer = graphQl.document(document).variable("id", PERMIT).execute();
			answer.path("en.language").entity(String.class).isEqualTo("EN");
			answer.path("kk.language").entity(String.class).isEqualTo("EN");
			assertThat(texts(answer, "en")).isNotEmpty().noneMatch(text -> text.matches(CYRILLIC));
			assertThat(texts(answer, "kk")).isNotEmpty().allMatch(text -> text.matches(CYRILLIC));
		}
	}

}
