package kz.hub.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The links between the items of one content: what a permit requires, which guide covers
 * an item, which section explains it and which places are near one another.
 */
public final class ContentLinks {

	private final Content content;

	ContentLinks(Content content) {
		this.content = content;
	}

	public List<Requirement> requirementsOf(Permit permit) {
		return linked(permit.requirementIds(), Requirement.class);
	}

	public List<RequiredDocument> documentsOf(Permit permit) {
		return linked(permit.documentIds(), RequiredDocument.class);
	}

	/** The permit's application steps in order. */
	public List<ApplicationStep> stepsOf(Permit permit) {
		return linked(permit.stepIds(), ApplicationStep.class).stream()
			.sorted(Comparator.comparing(ApplicationStep::order))
			.toList();
	}

	/** The permits that link to this requirement, document or step. */
	public List<Permit> permitsLinking(ContentItem item) {
		return content.permits()
			.stream()
			.filter(permit -> permit.requirementIds().contains(item.id()) || permit.documentIds().contains(item.id())
					|| permit.stepIds().contains(item.id()))
			.toList();
	}

	public List<Permit> permitsOf(Guide guide) {
		return linked(guide.permitIds(), Permit.class);
	}

	/** The guide's destinations by rank, best first. */
	public List<Destination> destinationsOf(Guide guide) {
		return linked(guide.destinationIds(), Destination.class).stream()
			.sorted(Comparator.comparing(Destination::rank))
			.toList();
	}

	/** The first guide, by id, that covers this permit or destination. */
	public Optional<Guide> guideCovering(ContentItem item) {
		return content.guides()
			.stream()
			.filter(guide -> guide.permitIds().contains(item.id()) || guide.destinationIds().contains(item.id()))
			.findFirst();
	}

	public Guide guideOf(Section section) {
		return content.item(section.guideId(), Guide.class).orElseThrow();
	}

	/** The section that explains the item, when its author named one. */
	public Optional<Section> sectionOf(Explained item) {
		return Optional.ofNullable(item.sectionId()).flatMap(id -> content.item(id, Section.class));
	}

	/** The other destinations within the radius, nearest first. */
	public List<NearbyDestination> nearby(Destination from, double radiusKm) {
		return content.destinations()
			.stream()
			.filter(other -> !other.id().equals(from.id()))
			.map(other -> new NearbyDestination(from.location().distanceKm(other.location()), other))
			.filter(near -> near.distanceKm() <= radiusKm)
			.sorted(Comparator.comparingDouble(NearbyDestination::distanceKm))
			.toList();
	}

	/** What a person with this purpose must meet, gather and do for the permit. */
	public Checklist checklist(Permit permit, Purpose purpose) {
		return new Checklist(permit, purpose, permit.suitableFor().contains(purpose), requirementsOf(permit),
				documentsOf(permit).stream().filter(document -> document.appliesTo(purpose)).toList(),
				stepsOf(permit).stream().filter(step -> step.appliesTo(purpose)).toList(), permit.maxProcessingDays());
	}

	private <T extends ContentItem> List<T> linked(List<String> ids, Class<T> type) {
		return ids.stream().map(id -> content.item(id, type)).flatMap(Optional::stream).toList();
	}

}
