package kz.hub.search.indexing;

import kz.hub.content.Content;
import kz.hub.content.loading.ContentLoader;
import kz.hub.search.SampleContent;
import kz.hub.search.SearchIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which item a guide section is about, on the sample and on the real content. */
class SectionSubjectsTest {

	private static String subjectOf(Content content, String sectionId) {
		return new SectionSubjects(content).hitOf(content.item(sectionId).orElseThrow()).id();
	}

	@Test
	void sectionWhoseAnchorIsACoveredPlacesIdIsAboutThatPlace() {
		assertThat(subjectOf(SampleContent.travel(), "travel#almaty")).isEqualTo("almaty");
	}

	@Test
	void sectionHeadedWithACoveredPlacesNameIsAboutThatPlace() {
		assertThat(subjectOf(SampleContent.travel(), "travel#charyn-canyon")).isEqualTo("charyn");
	}

	@Test
	void sectionAboutNoSingleItemIsAboutItself() {
		assertThat(subjectOf(SampleContent.travel(), "travel#getting-around")).isEqualTo("travel#getting-around");
	}

	@Test
	void sectionIsAboutNoPlaceItsGuideDoesNotCover() {
		// The residence guide covers no place, whatever its headings say.
		assertThat(subjectOf(SampleContent.content(), "residence#stay")).isEqualTo("residence#stay");
	}

	@Test
	void guidesOfTheHubHaveSectionsAboutTheirPlacesAndPermits() {
		Content content = new ContentLoader().load("classpath:index-data/");
		assertThat(subjectOf(content, "top-places-to-visit#almaty")).isEqualTo("almaty");
		assertThat(subjectOf(content, "top-places-to-visit#shymbulak-ski-resort")).isEqualTo("shymbulak");
		assertThat(subjectOf(content, "residence-permit-guide#temporary-residence-permit"))
			.isEqualTo("temporary-residence-permit");
		assertThat(subjectOf(content, "residence-permit-guide#application-process"))
			.isEqualTo("residence-permit-guide#application-process");
	}

	@Test
	void mostSectionsPerHitCountsTheSectionsAboutOneItem() {
		assertThat(SearchIndex.mostSectionsPerHit(SampleContent.travel())).isOne();
		assertThat(SearchIndex.mostSectionsPerHit(SampleContent.content())).isZero();
	}

}
