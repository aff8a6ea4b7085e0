package kz.hub.content.loading;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.hub.content.Language;

/**
 * The files of index-data beside the guides, each named once; a translation sits beside
 * its English file ({@code permits.ru.yaml}).
 */
public enum ContentFile {

	PERMITS("permits.yaml"), REQUIREMENTS("requirements.yaml"), DOCUMENTS("documents.yaml"), STEPS("steps.yaml"),
	DESTINATIONS("destinations.yaml"), SYNONYMS("synonyms.txt"), CONCEPTS("concepts.txt"), CURATION("curation.yaml");

	/** The folder of guides, a Markdown file each, translations beside them. */
	static final String GUIDES = "guides/";

	private final String path;

	ContentFile(String path) {
		this.path = path;
	}

	/** The file's path in the content folder. */
	String path() {
		return path;
	}

	/**
	 * The path of the file in the language: the English file itself, or its translation
	 * beside it.
	 */
	public String pathIn(Language language) {
		return language == Language.EN ? path : ContentFiles.translationOf(path, language);
	}

	/**
	 * The files that have translations: all but the curation rules, which match queries
	 * in every language.
	 */
	static Set<String> translated() {
		return EnumSet.complementOf(EnumSet.of(CURATION))
			.stream()
			.map(ContentFile::path)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
