package kz.hub.search.meaning;

/** Turns a text into a sentence vector; thread safe. */
@FunctionalInterface
public interface TextEncoder {

	/** The vector of the text, normalized or not: the index compares by cosine. */
	float[] encode(String text);

}
