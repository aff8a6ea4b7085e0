package kz.hub.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Checklist;
import kz.hub.content.Content;
import kz.hub.content.Explained;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.Purpose;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Validity;

/**
 * What a permit's page shows: the permit, then the checklist the content links give for
 * the chosen purpose.
 *
 * @param lang the language of the permit's text when not the page's, else null
 * @param error what was wrong with the purpose asked for, or null
 * @param checklist the checklist for {@code purpose}, from the content's own rules
 */
record PermitPage(Permit permit, String lang, String kindLabel, String validity, List<String> suits,
		List<Fact> requirements, List<Option> purposes, Purpose purpose, String purposeLabel, Checklist checklist,
		List<Fact> documents, List<Fact> steps, String processing, PageLink section, PageLink guide, String error) {

	/**
	 * One requirement, document or step, under an element whose id is its own.
	 *
	 * @param condition for which purposes only, or null
	 * @param section the guide section that explains it, or null
	 */
	record Fact(String id, String title, String description, String condition, String lang, PageLink section) {
	}

	/** A purpose in the chooser. */
	record Option(String value, String label, boolean selected) {
	}

	static PermitPage of(Permit permit, String asked, Language language, Content english, Texts texts) {
		Content local = english.in(language);
		Purpose purpose = purpose(asked, permit);
		String error = (asked != null && !asked.strip().toUpperCase(Locale.ROOT).equals(purpose.name()))
				? texts.get("permit.error.purpose", asked) : null;
		Checklist checklist = local.links().checklist(permit, purpose);
		Validity validity = permit.validity();
		return new PermitPage(permit, PageLinks.textLang(english, permit.id(), language),
				texts.get("permitKind." + permit.kind().name()),
				validity.indefinite() ? texts.get("permit.validity.indefinite")
						: texts.get("permit.validity.months", validity.initialMonths(), validity.maxTotalMonths()),
				permit.suitableFor().stream().map(p -> texts.get("purpose." + p.name())).toList(),
				local.links()
					.requirementsOf(permit)
					.stream()
					.map(item -> fact(item, item.title(), item.description(), null, language, local, english))
					.toList(),
				Arrays.stream(Purpose.values())
					.map(p -> new Option(p.name(), texts.get("purpose." + p.name()), p == purpose))
					.toList(),
				purpose, texts.get("purpose." + purpose.name()), checklist,
				checklist.documents()
					.stream()
					.map(item -> fact(item, item.name(), item.description(), item.condition(language), language, local,
							english))
					.toList(),
				checklist.steps()
					.stream()
					.map(item -> fact(item, item.title(), item.description(), item.condition(language), language, local,
							english))
					.toList(),
				texts.get("permit.processing", checklist.maxProcessingDays()),
				PageLinks.explaining(language, permit, local, english).orElse(null),
				local.links()
					.guideCovering(permit)
					.map(guide -> PageLinks.to(language, guide, local, english))
					.orElse(null),
				error);
	}

	/** The purpose asked for, else the first the permit suits. */
	private static Purpose purpose(String asked, Permit permit) {
		if (asked != null) {
			for (Purpose purpose : Purpose.values()) {
				if (purpose.name().equalsIgnoreCase(asked.strip())) {
					return purpose;
				}
			}
		}
		return permit.suitableFor().getFirst();
	}

	private static Fact fact(Explained item, String title, String description, String condition, Language language,
			Content local, Content english) {
		String id = switch (item) {
			case Requirement requirement -> requirement.id();
			case RequiredDocument document -> document.id();
			case ApplicationStep step -> step.id();
			default -> throw new IllegalArgumentException("not a checklist item: " + item);
		};
		return new Fact(id, title, description, condition, PageLinks.textLang(english, id, language),
				PageLinks.explaining(language, item, local, english).orElse(null));
	}

}
