package kz.hub.content;

/** Anything in the content with a hub-wide unique id (the GraphQL {@code Node}). */
public sealed interface ContentItem
		permits Guide, Section, Permit, Requirement, RequiredDocument, ApplicationStep, Destination {

	String id();

}
