package kz.hub.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Checklist;
import kz.hub.content.ContentItem;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.Purpose;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.live.Edition;
import kz.hub.search.InvalidQueryException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What residence permits require, what links back to them, and the checklist for one
 * applicant.
 */
@Controller
class PermitController {

	@QueryMapping
	Checklist checklist(@Argument("permit") String permitId, @Argument Purpose purpose, @ContextValue Edition edition) {
		Permit permit = edition.content()
			.item(permitId, Permit.class)
			.orElseThrow(() -> new InvalidQueryException("permit '" + permitId + "' does not exist; known permits are "
					+ edition.content().permits().stream().map(Permit::id).collect(Collectors.joining(", "))));
		return edition.content().checklist(permit, purpose);
	}

	@BatchMapping
	Map<Permit, List<Requirement>> requirements(List<Permit> permits, @ContextValue Edition edition) {
		return each(permits, edition.content()::requirementsOf);
	}

	@BatchMapping
	Map<Permit, List<RequiredDocument>> documents(List<Permit> permits, @ContextValue Edition edition) {
		return each(permits, edition.content()::documentsOf);
	}

	@BatchMapping
	Map<Permit, List<ApplicationStep>> steps(List<Permit> permits, @ContextValue Edition edition) {
		return each(permits, edition.content()::stepsOf);
	}

	@BatchMapping
	Map<Permit, Guide> guide(List<Permit> permits, @ContextValue Edition edition) {
		return GuideController.coveringGuides(edition.content(), permits);
	}

	@BatchMapping(typeName = "Requirement", field = "permits")
	Map<Requirement, List<Permit>> requirementPermits(List<Requirement> requirements, @ContextValue Edition edition) {
		return each(requirements, edition.content()::permitsLinking);
	}

	@BatchMapping(typeName = "Document", field = "permits")
	Map<RequiredDocument, List<Permit>> documentPermits(List<RequiredDocument> documents,
			@ContextValue Edition edition) {
		return each(documents, edition.content()::permitsLinking);
	}

	@BatchMapping(typeName = "ApplicationStep", field = "permits")
	Map<ApplicationStep, List<Permit>> stepPermits(List<ApplicationStep> steps, @ContextValue Edition edition) {
		return each(steps, edition.content()::permitsLinking);
	}

	@SchemaMapping(typeName = "Document")
	String condition(RequiredDocument document) {
		return document.condition();
	}

	@SchemaMapping(typeName = "ApplicationStep")
	String condition(ApplicationStep step) {
		return step.condition();
	}

	private static <K extends ContentItem, V> Map<K, V> each(List<K> parents, Function<K, V> children) {
		return parents.stream().distinct().collect(Collectors.toMap(Function.identity(), children));
	}

}
