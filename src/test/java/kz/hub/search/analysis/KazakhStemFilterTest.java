package kz.hub.search.analysis;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.hub.content.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kazakh words and the stems the Kazakh analysis gives them, typed with the Kazakh
 * letters or as a Russian keyboard types them.
 */
class KazakhStemFilterTest {

	private final TextAnalysis analysis = new TextAnalysis("");

	@ParameterizedTest(name = "{0} and {1} both stem to {2}")
	@CsvSource(textBlock = """
			көлдері,      колдери,     кол
			көлі,         коли,        кол
			шатқалы,      шаткалы,     шаткал
			қаласы,       каласы,      кала
			тауларында,   тауларында,  тау
			құжаттар,     кужаттар,    кужат
			құжаттарды,   кужаттарды,  кужат
			өтінішіңізді, отинишинизди, отиниш
			өтініш,       отиниш,      отиниш
			беріңіз,      бериниз,     бер
			беру,         беру,        бер
			жинаңыз,      жинаныз,     жина
			рұқсат,       руксат,      руксат
			қорығы,       корыгы,      корыг
			ұлттық,       улттык,      улттык
			паркі,        парки,       парк
			Шымбұлақ,     шымбулак,    шымбулак
			сақтандыру,   сактандыру,  сактандыр
			""")
	void stemsAWordAlikeWithAndWithoutTheKazakhLetters(String kazakh, String typed, String stem) {
		assertThat(TextAnalysis.words(analysis.analyzerFor(Language.KK), kazakh)).isEqualTo(List.of(stem));
		assertThat(TextAnalysis.words(analysis.analyzerFor(Language.KK), typed)).isEqualTo(List.of(stem));
	}

}
