package kz.hub.content;

import org.jspecify.annotations.Nullable;

/**
 * How long a permit lasts: months first issued for and the most in total, or indefinite.
 */
public record Validity(@Nullable Integer initialMonths, @Nullable Integer maxTotalMonths, boolean indefinite) {

	public Validity {
		if (!indefinite) {
			Required.field(initialMonths, "validity.initialMonths");
			Required.field(maxTotalMonths, "validity.maxTotalMonths");
		}
	}

}
