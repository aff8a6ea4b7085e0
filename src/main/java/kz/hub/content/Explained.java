package kz.hub.content;

import org.jspecify.annotations.Nullable;

/**
 * An item that a guide section may explain: its author names the section in the item's
 * {@code section:} field, and the loader checks that the section exists.
 */
public sealed interface Explained permits Permit, Requirement, RequiredDocument, ApplicationStep, Destination {

	/** The id of the section that explains the item, or null when none is named. */
	@Nullable String sectionId();

}
