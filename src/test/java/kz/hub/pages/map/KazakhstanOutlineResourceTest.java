package kz.hub.pages.map;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The committed outline is small, a plain path, and made with the projection Java uses.
 */
class KazakhstanOutlineResourceTest {

	@Test
	void theOutlineResourceIsUnderNineKilobytes() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(KazakhstanMap.RESOURCE)) {
			assertThat(in).isNotNull();
			assertThat(in.readAllBytes().length).isLessThan(9 * 1024);
		}
	}

	@Test
	void theOutlineIsAPlainPathOfSubpaths() {
		String path = KazakhstanMap.instance().outlinePath();
		assertThat(path).startsWith("M").endsWith("z").matches("[Mlz0-9 -]+");
		assertThat(OutlineBounds.of(path)).isNotNull();
	}

	@Test
	void theResourceHeaderNamesTheJavaProjection() {
		assertThat(KazakhstanMap.PROJECTION.header())
			.isEqualTo("albers lat1=42 lat2=52 lon0=67 lat0=47 scale=2100 x0=502 y0=324");
	}

	@Test
	void javaProjectsABorderVertexWhereTheOutlineHasIt() {
		// The mainland's first vertex in world-atlas 2.0.2, near where Kazakhstan meets
		// Uzbekistan and Kyrgyzstan; the outline starts that subpath at M609 496.
		MapPosition vertex = KazakhstanMap.PROJECTION.project(42.24800710585234, 70.94770947709478);
		assertThat(Math.round(vertex.x())).isEqualTo(609);
		assertThat(Math.round(vertex.y())).isEqualTo(496);
		assertThat(KazakhstanMap.instance().outlinePath()).contains("zM609 496l");
	}

	@Test
	void anOutlineMadeWithOtherParametersIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> KazakhstanMap.readOutline("map/other-projection.svgpath"))
			.withMessageContaining("projection");
	}

	@Test
	void aMissingOutlineIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> KazakhstanMap.readOutline("map/missing.svgpath"));
	}

}
