package kz.hub.content.translation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.hub.content.Language;
import kz.hub.content.Purpose;

/** "Only for work or study" in each language the hub is read in. */
public final class PurposeWords {

	/** The purposes as the phrase needs them: Russian in the genitive after "для". */
	private static final Map<Language, Map<Purpose, String>> WORDS = Map.of(Language.EN,
			Map.of(Purpose.WORK, "work", Purpose.STUDY, "study", Purpose.FAMILY_REUNIFICATION, "family reunification",
					Purpose.LONG_TERM_STAY, "long term stay"),
			Language.RU,
			Map.of(Purpose.WORK, "работы", Purpose.STUDY, "учёбы", Purpose.FAMILY_REUNIFICATION, "воссоединения семьи",
					Purpose.LONG_TERM_STAY, "долгосрочного проживания"),
			Language.KK, Map.of(Purpose.WORK, "жұмыс", Purpose.STUDY, "оқу", Purpose.FAMILY_REUNIFICATION,
					"отбасын біріктіру", Purpose.LONG_TERM_STAY, "ұзақ мерзімді тұру"));

	private PurposeWords() {
	}

	public static String onlyFor(List<Purpose> purposes, Language language) {
		Map<Purpose, String> words = WORDS.get(language);
		return switch (language) {
			case EN -> purposes.stream().map(words::get).collect(Collectors.joining(" or ", "Only for ", ""));
			case RU -> purposes.stream().map(words::get).collect(Collectors.joining(" или ", "Только для ", ""));
			case KK -> purposes.stream().map(words::get).collect(Collectors.joining(" немесе ", "Тек ", " үшін"));
		};
	}

}
