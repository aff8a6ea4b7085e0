package kz.hub.graphql;

import java.util.List;
import java.util.stream.Collectors;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Checklist;
import kz.hub.content.Content;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.Purpose;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.live.Edition;
import kz.hub.search.InvalidQueryException;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The residence permits and what they require, each type listed or one item by id; what
 * links back to the permits, and the checklist for one applicant.
 */
@Controller
class PermitController {

	@QueryMapping
	List<Permit> permits(@ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).permits();
	}

	@QueryMapping
	@Nullable Permit permit(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return NodeController.item(id, Permit.class, edition, env);
	}

	@QueryMapping("requirements")
	List<Requirement> allRequirements(@ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).requirements();
	}

	@QueryMapping
	@Nullable Requirement requirement(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return NodeController.item(id, Requirement.class, edition, env);
	}

	@QueryMapping("documents")
	List<RequiredDocument> allDocuments(@ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).documents();
	}

	@QueryMapping
	@Nullable RequiredDocument document(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return NodeController.item(id, RequiredDocument.class, edition, env);
	}

	@QueryMapping("steps")
	List<ApplicationStep> allSteps(@ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).steps();
	}

	@QueryMapping
	@Nullable ApplicationStep step(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return NodeController.item(id, ApplicationStep.class, edition, env);
	}

	@QueryMapping
	Checklist checklist(@Argument("permit") String permitId, @Argument Purpose purpose, @ContextValue Edition edition,
			DataFetchingEnvironment env) {
		Content content = edition.content().in(AnswerLanguage.of(env));
		Permit permit = content.item(permitId, Permit.class)
			.orElseThrow(() -> new InvalidQueryException("permit '" + permitId + "' does not exist; known permits are "
					+ content.permits().stream().map(Permit::id).collect(Collectors.joining(", "))));
		return content.links().checklist(permit, purpose);
	}

	@BatchMapping
	List<List<Requirement>> requirements(List<Permit> permits, @ContextValue Edition edition,
			BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(permits, edition.content(), env,
				(content, permit) -> content.links().requirementsOf(permit));
	}

	@BatchMapping
	List<List<RequiredDocument>> documents(List<Permit> permits, @ContextValue Edition edition,
			BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(permits, edition.content(), env,
				(content, permit) -> content.links().documentsOf(permit));
	}

	@BatchMapping
	List<List<ApplicationStep>> steps(List<Permit> permits, @ContextValue Edition edition, BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(permits, edition.content(), env,
				(content, permit) -> content.links().stepsOf(permit));
	}

	@BatchMapping
	List<Guide> guide(List<Permit> permits, @ContextValue Edition edition, BatchLoaderEnvironment env) {
		return GuideController.coveringGuides(edition, env, permits);
	}

	@BatchMapping(typeName = "Requirement", field = "permits")
	List<List<Permit>> requirementPermits(List<Requirement> requirements, @ContextValue Edition edition,
			BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(requirements, edition.content(), env,
				(content, item) -> content.links().permitsLinking(item));
	}

	@BatchMapping(typeName = "Document", field = "permits")
	List<List<Permit>> documentPermits(List<RequiredDocument> documents, @ContextValue Edition edition,
			BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(documents, edition.content(), env,
				(content, item) -> content.links().permitsLinking(item));
	}

	@BatchMapping(typeName = "ApplicationStep", field = "permits")
	List<List<Permit>> stepPermits(List<ApplicationStep> steps, @ContextValue Edition edition,
			BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(steps, edition.content(), env,
				(content, item) -> content.links().permitsLinking(item));
	}

	@SchemaMapping(typeName = "Document")
	String condition(RequiredDocument document, DataFetchingEnvironment env) {
		return document.condition(AnswerLanguage.of(env));
	}

	@SchemaMapping(typeName = "ApplicationStep")
	String condition(ApplicationStep step, DataFetchingEnvironment env) {
		return step.condition(AnswerLanguage.of(env));
	}

}
