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

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Residence permits, what they require, and the checklist for one applicant. */
@Controller
class PermitController {

	@QueryMapping
	List<Permit> permits(@ContextValue Edition edition) {
		return edition.content().permits();
	}

	@QueryMapping
	Permit permit(@Argument String id, @ContextValue Edition edition) {
		return edition.content().item(id, Permit.class).orElse(null);
	}

	@QueryMapping
	List<Requirement> requirements(@ContextValue Edition edition) {
		return edition.content().requirements();
	}

	@QueryMapping
	Requirement requirement(@Argument String id, @ContextValue Edition edition) {
		return edition.content().item(id, Requirement.class).orElse(null);
	}

	@QueryMapping
	List<RequiredDocument> documents(@ContextValue Edition edition) {
		return edition.content().documents();
	}

	@QueryMapping
	RequiredDocument document(@Argument String id, @ContextValue Edition edition) {
		return edition.content().item(id, RequiredDocument.class).orElse(null);
	}

	@QueryMapping
	List<ApplicationStep> steps(@ContextValue Edition edition) {
		return edition.content().steps();
	}

	@QueryMapping
	ApplicationStep step(@Argument String id, @ContextValue Edition edition) {
		return edition.content().item(id, ApplicationStep.class).orElse(null);
	}

	@QueryMapping
	Checklist checklist(@Argument("permit") String permitId, @Argument Purpose purpose, @ContextValue Edition edition) {
		Permit permit = edition.content()
			.item(permitId, Permit.class)
			.orElseThrow(
					() -> new InvalidArgumentException("permit '" + permitId + "' does not exist; known permits are "
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

	private static <K extends ContentItem, V> Map<K, V> each(List<K> parents, Function<K, V> children) {
		return parents.stream().distinct().collect(Collectors.toMap(Function.identity(), children));
	}

}
