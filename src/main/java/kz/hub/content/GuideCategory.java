package kz.hub.content;

/** What a guide is about. */
public enum GuideCategory {

	RESIDENCE, TRAVEL

}
