package kz.hub.search;

/** A completion of what a person is typing, and the id of the item it leads to. */
public record Suggestion(String text, String id) {
}
