package kz.hub.search;

import kz.hub.content.ApplicationStep;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;

/** The kinds of item search can find, as the API names them. */
public enum ContentType {

	GUIDE, SECTION, PERMIT, REQUIREMENT, DOCUMENT, STEP, DESTINATION;

	public static ContentType of(ContentItem item) {
		return switch (item) {
			case Guide guide -> GUIDE;
			case Section section -> SECTION;
			case Permit permit -> PERMIT;
			case Requirement requirement -> REQUIREMENT;
			case RequiredDocument document -> DOCUMENT;
			case ApplicationStep step -> STEP;
			case Destination destination -> DESTINATION;
		};
	}

}
