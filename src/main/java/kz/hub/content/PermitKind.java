package kz.hub.content;

/** The kinds of residence permit. */
public enum PermitKind {

	TEMPORARY, PERMANENT, HIGHLY_QUALIFIED_SPECIALIST

}
