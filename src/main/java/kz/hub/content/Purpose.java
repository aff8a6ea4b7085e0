package kz.hub.content;

/**
 * Why a person wants to live in Kazakhstan; it decides which documents and steps apply.
 */
public enum Purpose {

	WORK, STUDY, FAMILY_REUNIFICATION, LONG_TERM_STAY

}
