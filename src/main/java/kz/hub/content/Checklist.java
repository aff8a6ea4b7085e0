package kz.hub.content;

import java.util.List;

/** What one applicant with one purpose must meet, gather and do for one permit. */
public record Checklist(Permit permit, Purpose purpose, boolean suitable, List<Requirement> requirements,
		List<RequiredDocument> documents, List<ApplicationStep> steps, int maxProcessingDays) {
}
