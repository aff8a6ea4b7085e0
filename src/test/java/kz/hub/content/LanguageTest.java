package kz.hub.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a browser's Accept-Language header picks one of the hub's languages. */
class LanguageTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			ru                               | RU
			ru-RU                            | RU
			kk-KZ,ru;q=0.8                   | KK
			de-DE,ru;q=0.5,en;q=0.4          | RU
			en;q=0.2,kk;q=0.9                | KK
			KK                               | KK
			de                               | EN
			null                             | EN
			'  '                             | EN
			ru;q=abc                         | EN
			*                                | EN
			""")
	void picksTheMostWantedLanguageTheHubHas(String header, Language expected) {
		assertThat(Language.preferredBy(header)).isEqualTo(expected);
	}

}
