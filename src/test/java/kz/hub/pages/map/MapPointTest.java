package kz.hub.pages.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** A map point needs a label, coordinates on the globe and a link that runs no script. */
class MapPointTest {

	@Test
	void linksToThisSiteOrHttpAreAccepted() {
		assertThatNoException().isThrownBy(() -> point("/en/destinations/almaty"));
		assertThatNoException().isThrownBy(() -> point("https://example.org/almaty"));
	}

	@Test
	void scriptAndOtherSchemesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> point("javascript:alert(1)"));
		assertThatIllegalArgumentException().isThrownBy(() -> point(" JavaScript:alert(1)"));
		assertThatIllegalArgumentException().isThrownBy(() -> point("data:text/html,x"));
		assertThatIllegalArgumentException().isThrownBy(() -> point("//evil.example/x"));
		assertThatIllegalArgumentException().isThrownBy(() -> point("/\\evil.example/x"));
	}

	@Test
	void aBlankLabelIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MapPoint("almaty", " ", 43.2389, 76.8897, "/en/almaty"));
	}

	@Test
	void coordinatesOffTheGlobeAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MapPoint("almaty", "Almaty", 91, 76.8897, "/en/almaty"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MapPoint("almaty", "Almaty", Double.NaN, 76.8897, "/en/almaty"));
	}

	private static MapPoint point(String href) {
		return new MapPoint("almaty", "Almaty", 43.2389, 76.8897, href);
	}

}
