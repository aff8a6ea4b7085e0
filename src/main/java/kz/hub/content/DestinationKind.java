package kz.hub.content;

/** What sort of place a destination is. */
public enum DestinationKind {

	CITY, SPACEPORT, CANYON, NATIONAL_PARK, LAKE, SKI_RESORT, NATURE_RESERVE

}
