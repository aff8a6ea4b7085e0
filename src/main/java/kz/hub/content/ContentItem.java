package kz.hub.content;

import java.util.List;
import java.util.stream.Stream;

/** Anything in the content with a hub-wide unique id (the GraphQL {@code Node}). */
public sealed interface ContentItem
		permits Guide, Section, Permit, Requirement, RequiredDocument, ApplicationStep, Destination {

	String id();

	/**
	 * What the item is called: its title or name first, and for a place its other names
	 * after.
	 */
	default List<String> names() {
		return switch (this) {
			case Guide guide -> List.of(guide.title());
			case Section section -> List.of(section.heading());
			case Permit permit -> List.of(permit.name());
			case Requirement requirement -> List.of(requirement.title());
			case RequiredDocument document -> List.of(document.name());
			case ApplicationStep step -> List.of(step.title());
			case Destination destination ->
				Stream.concat(Stream.of(destination.name()), destination.aliases().stream()).toList();
		};
	}

}
