package kz.hub.pages.map;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Cities of Kazakhstan land inside the outline's frame, where they lie to each other. */
class KazakhstanMapGeographyTest {

	private final KazakhstanMap map = KazakhstanMap.instance();

	private final OutlineBounds outline = OutlineBounds.of(this.map.outlinePath());

	private final MapPosition astana = this.map.project(51.1694, 71.4491);

	private final MapPosition almaty = this.map.project(43.2389, 76.8897);

	private final MapPosition aktau = this.map.project(43.6532, 51.1975);

	private final MapPosition atyrau = this.map.project(47.1167, 51.8833);

	private final MapPosition baikonur = this.map.project(45.6167, 63.3167);

	private final MapPosition karaganda = this.map.project(49.8047, 73.1094);

	private final MapPosition shymkent = this.map.project(42.3417, 69.5901);

	private final MapPosition oskemen = this.map.project(49.9483, 82.6279);

	private final MapPosition petropavl = this.map.project(54.8667, 69.15);

	@Test
	void knownCitiesFallInsideTheOutlinesBoundingBox() {
		assertThat(List.of(this.astana, this.almaty, this.aktau, this.atyrau, this.baikonur, this.karaganda,
				this.shymkent, this.oskemen, this.petropavl))
			.allSatisfy(
					(city) -> assertThat(this.outline.contains(city)).as("%s inside %s", city, this.outline).isTrue());
	}

	@Test
	void theOutlineFillsTheViewBoxWithAMargin() {
		assertThat(this.outline.minX()).isBetween(5, 30);
		assertThat(this.outline.minY()).isBetween(5, 30);
		assertThat(this.outline.maxX()).isBetween(KazakhstanMap.WIDTH - 30, KazakhstanMap.WIDTH - 5);
		assertThat(this.outline.maxY()).isBetween(KazakhstanMap.HEIGHT - 30, KazakhstanMap.HEIGHT - 5);
	}

	@Test
	void almatyIsSouthEastOfAstana() {
		assertThat(this.almaty.x()).isGreaterThan(this.astana.x());
		assertThat(this.almaty.y()).isGreaterThan(this.astana.y());
	}

	@Test
	void aktauAndAtyrauAreInTheWest() {
		assertThat(this.aktau.x()).isLessThan(KazakhstanMap.WIDTH / 5.0).isLessThan(this.baikonur.x());
		assertThat(this.atyrau.x()).isLessThan(KazakhstanMap.WIDTH / 5.0).isLessThan(this.baikonur.x());
		assertThat(this.aktau.y()).as("Aktau is south of Atyrau").isGreaterThan(this.atyrau.y());
	}

	@Test
	void baikonurIsSouthWestOfKaraganda() {
		assertThat(this.baikonur.x()).isLessThan(this.karaganda.x());
		assertThat(this.baikonur.y()).isGreaterThan(this.karaganda.y());
	}

	@Test
	void oskemenIsTheEasternmostAndPetropavlTheNorthernmostOfThem() {
		assertThat(this.oskemen.x()).isGreaterThan(this.almaty.x()).isGreaterThan(this.shymkent.x());
		assertThat(this.petropavl.y()).isLessThan(this.astana.y()).isLessThan(this.karaganda.y());
	}

	@Test
	void aDegreeOfLatitudeIsAboutOneHundredElevenKilometresEverywhere() {
		// 2100 map units per earth radius of 6371 km
		double kilometresPerUnit = 6371 / 2100.0;
		MapPosition north = this.map.project(52.1694, 71.4491);
		assertThat(Math.hypot(north.x() - this.astana.x(), north.y() - this.astana.y()) * kilometresPerUnit)
			.isBetween(105.0, 118.0);
	}

	@Test
	void moscowProjectsOutsideTheViewBox() {
		MapPosition moscow = this.map.project(55.7558, 37.6173);
		assertThat(moscow.x()).isNegative();
		assertThat(this.map.isOnMap(55.7558, 37.6173)).isFalse();
		assertThat(this.map.isOnMap(51.1694, 71.4491)).isTrue();
	}

	@Test
	void renderingRefusesAPointOutsideTheViewBox() {
		MapPoint moscow = new MapPoint("moscow", "Moscow", 55.7558, 37.6173, "/en/moscow");
		assertThatIllegalArgumentException().isThrownBy(() -> this.map.render("Kazakhstan", List.of(moscow)))
			.withMessageContaining("moscow");
	}

	@Test
	void swappedLatitudeAndLongitudeAreRefused() {
		MapPoint swapped = new MapPoint("almaty", "Almaty", 76.8897, 43.2389, "/en/almaty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.map.render("Kazakhstan", List.of(swapped)));
	}

}
