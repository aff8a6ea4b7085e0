package kz.hub.content;

import java.util.List;

import kz.hub.content.translation.PurposeWords;

/**
 * A document or step that only some purposes need; an empty list means every application
 * needs it.
 */
public interface ByPurpose {

	List<Purpose> requiredFor();

	default boolean appliesTo(Purpose purpose) {
		return requiredFor().isEmpty() || requiredFor().contains(purpose);
	}

	/**
	 * The condition in words, e.g. "Only for work or study"; null when every application
	 * needs it.
	 */
	default String condition(Language language) {
		if (requiredFor().isEmpty()) {
			return null;
		}
		return PurposeWords.onlyFor(requiredFor(), language);
	}

}
