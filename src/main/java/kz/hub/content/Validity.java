package kz.hub.content;

/**
 * How long a permit lasts: months first issued for and the most in total, or indefinite.
 */
public record Validity(Integer initialMonths, Integer maxTotalMonths, boolean indefinite) {

	public Validity {
		if (!indefinite) {
			Required.field(initialMonths, "validity.initialMonths");
			Required.field(maxTotalMonths, "validity.maxTotalMonths");
		}
	}

}
