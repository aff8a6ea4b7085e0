package kz.hub.graphql;

import java.util.List;

import kz.hub.HubHttpTest;
import kz.hub.ShippedContent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the public contract, over real HTTP, checked against the facts of
 * the two articles.
 */
@HubHttpTest
class ContractOperationsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Request<?> operation(String name) {
		return graphQl.documentName("operations").operationName(name);
	}

	@Test
	void permitOverviewGivesTheValidityOfEachPermitType() {
		GraphQlTester.Response response = operation("PermitOverview").execute();
		assertThat(response.path("permits[*].id").entityList(String.class).get())
			.isEqualTo(ShippedContent.ids("permits.yaml"));
		response.path(permit("temporary-residence-permit") + ".validity.initialMonths")
			.entityList(Integer.class)
			.containsExactly(12);
		response.path(permit("temporary-residence-permit") + ".validity.maxTotalMonths")
			.entityList(Integer.class)
			.containsExactly(60);
		response.path(permit("temporary-residence-permit") + ".suitableFor[*]")
			.entityList(String.class)
			.contains("WORK", "STUDY");
		response.path(permit("permanent-residence-permit") + ".validity.indefinite")
			.entityList(Boolean.class)
			.containsExactly(true);
		response.path(permit("permanent-residence-permit") + ".validity.initialMonths")
			.entityList(Object.class)
			.satisfies(months -> assertThat(months).containsOnlyNulls());
		response.path(permit("highly-qualified-specialist-residence-permit") + ".validity.initialMonths")
			.entityList(Integer.class)
			.containsExactly(36);
		response.path(permit("highly-qualified-specialist-residence-permit") + ".validity.maxTotalMonths")
			.entityList(Integer.class)
			.containsExactly(120);
		for (String id : List.of("temporary-residence-permit", "permanent-residence-permit",
				"highly-qualified-specialist-residence-permit")) {
			response.path(permit(id) + ".maxProcessingDays").entityList(Integer.class).containsExactly(30);
		}
		response.path(permit("temporary-residence-permit") + ".issuingAuthority")
			.entityList(String.class)
			.satisfies(authority -> assertThat(authority).singleElement()
				.satisfies(text -> assertThat(text).containsIgnoringCase("migration police")));
	}

	/** The path of the permit with this id in a list of permits. */
	private static String permit(String id) {
		return "permits[?(@.id == '" + id + "')]";
	}

	@Test
	void permitOverviewLinksEachPermitToWhatItRequires() {
		GraphQlTester.Response response = operation("PermitOverview").execute();
		response.path("permits[0].requirements[*].id")
			.entityList(String.class)
			.containsExactly("age-and-purpose", "financial-means", "health-insurance", "criminal-record");
		assertThat(response.path("permits[0].documents[*].id").entityList(String.class).get())
			.containsExactlyInAnyOrder("passport", "passport-photos", "proof-of-financial-means",
					"health-insurance-certificate", "invitation-letter");
		response.path("permits[0].documents[?(@.id == 'invitation-letter')].condition")
			.entityList(String.class)
			.satisfies(conditions -> assertThat(conditions.getFirst()).containsIgnoringCase("work")
				.containsIgnoringCase("study"));
		assertThat(
				response.path("permits[0].documents[?(@.id == 'passport')].condition").entityList(Object.class).get())
			.containsExactly((Object) null);
		response.path("permits[0].steps[*].order").entityList(Integer.class).containsExactly(1, 2, 3, 4);
		response.path("permits[0].steps[*].id")
			.entityList(String.class)
			.containsExactly("obtain-invitation-letter", "gather-documents", "submit-application", "collect-permit");
		assertThat(response.path("permits[*].guide.id").entityList(String.class).get())
			.containsOnly("residence-permit-guide");
	}

	@Test
	void permitByIdLinksRequirementsBackToPermits() {
		operation("PermitById").variable("id", "permanent-residence-permit")
			.execute()
			.path("permit.kind")
			.entity(String.class)
			.isEqualTo("PERMANENT")
			.path("permit.requirements[0].permits[*].id")
			.entityList(String.class)
			.contains("permanent-residence-permit", "temporary-residence-permit");
	}

	@Test
	void permitByUnknownIdIsNull() {
		operation("PermitById").variable("id", "tourist-visa").execute().path("permit").valueIsNull();
	}

	@Test
	void checklistForWorkIncludesTheInvitationLetterAndItsStep() {
		GraphQlTester.Response response = operation("Checklist").variable("permit", "temporary-residence-permit")
			.variable("purpose", "WORK")
			.execute();
		response.path("checklist.permit.id").entity(String.class).isEqualTo("temporary-residence-permit");
		response.path("checklist.documents[*].id").entityList(String.class).contains("invitation-letter", "passport");
		response.path("checklist.steps[*].id")
			.entityList(String.class)
			.containsExactly("obtain-invitation-letter", "gather-documents", "submit-application", "collect-permit");
		assertThat(response.path("checklist.requirements[*].id").entityList(String.class).get())
			.isEqualTo(ShippedContent.item("permits.yaml", "temporary-residence-permit").get("requirements"));
		response.path("checklist.maxProcessingDays").entity(Integer.class).isEqualTo(30);
	}

	@Test
	void checklistForLongTermStayLeavesOutTheInvitationLetter() {
		GraphQlTester.Response response = operation("Checklist").variable("permit", "permanent-residence-permit")
			.variable("purpose", "LONG_TERM_STAY")
			.execute();
		response.path("checklist.documents[*].id")
			.entityList(String.class)
			.containsExactly("passport", "passport-photos", "proof-of-financial-means", "health-insurance-certificate");
		response.path("checklist.steps[*].order").entityList(Integer.class).containsExactly(2, 3, 4);
	}

	@Test
	void checklistForUnknownPermitIsABadRequest() {
		operation("Checklist").variable("permit", "golden-visa")
			.variable("purpose", "WORK")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.getFirst().getMessage()).contains("golden-visa")
					.contains("temporary-residence-permit");
			});
	}

	@Test
	void destinationsComeByRankAndPageWithCursors() {
		GraphQlTester.Response first = operation("Destinations").variable("first", 3).execute();
		first.path("destinations.totalCount")
			.entity(Integer.class)
			.isEqualTo(ShippedContent.ids("destinations.yaml").size());
		first.path("destinations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("almaty", "astana", "baikonur-cosmodrome");
		first.path("destinations.edges[*].node.rank").entityList(Integer.class).containsExactly(1, 2, 3);
		first.path("destinations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String endCursor = first.path("destinations.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response next = operation("Destinations").variable("first", 3)
			.variable("after", endCursor)
			.execute();
		next.path("destinations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("charyn-canyon", "kolsai-lakes", "big-almaty-lake");
	}

	@Test
	void destinationsFilterByKindAndActivity() {
		operation("Destinations").variable("kind", "NATIONAL_PARK")
			.execute()
			.path("destinations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("kolsai-lakes", "altyn-emel");
		operation("Destinations").variable("activity", "Skiing")
			.execute()
			.path("destinations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("shymbulak");
	}

	@Test
	void destinationsRejectAPageOverOneHundred() {
		operation("Destinations").variable("first", 101)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	@Test
	void destinationDetailTellsAboutAlmatyAndWhatIsNearby() {
		GraphQlTester.Response response = operation("DestinationDetail").variable("id", "almaty").execute();
		response.path("destination.kind").entity(String.class).isEqualTo("CITY");
		response.path("destination.rank").entity(Integer.class).isEqualTo(1);
		response.path("destination.aliases").entityList(String.class).contains("Alma-Ata", "Алматы");
		response.path("destination.attractions")
			.entityList(String.class)
			.contains("Medeu Ice Skating Rink", "Central State Museum of Kazakhstan");
		response.path("destination.location.latitude")
			.entity(Double.class)
			.satisfies(latitude -> assertThat(latitude).isBetween(43.0, 43.5));
		response.path("destination.nearby[*].destination.id")
			.entityList(String.class)
			.contains("big-almaty-lake", "shymbulak", "kolsai-lakes")
			.doesNotContain("almaty", "astana");
		response.path("destination.nearby[0].distanceKm")
			.entity(Double.class)
			.satisfies(km -> assertThat(km).isBetween(5.0, 40.0));
		response.path("destination.guide.id").entity(String.class).isEqualTo("top-places-to-visit");
	}

	@Test
	void destinationDetailKnowsTheWildlifeOfAksuZhabagyly() {
		operation("DestinationDetail").variable("id", "aksu-zhabagyly")
			.execute()
			.path("destination.wildlife")
			.entityList(String.class)
			.contains("snow leopard", "Tien Shan brown bear");
	}

	@Test
	void guidesAreSplitIntoSectionsAtTheirHeadings() {
		GraphQlTester.Response response = operation("Guides").execute();
		response.path("guides[*].id")
			.entityList(String.class)
			.containsExactly("residence-permit-guide", "top-places-to-visit");
		response.path("guides[0].sections[?(@.id == 'residence-permit-guide#health-insurance')].text")
			.entityList(String.class)
			.satisfies(texts -> assertThat(texts).singleElement()
				.asString()
				.contains("health insurance that covers the entire period of your stay")
				.as("a wrapped paragraph reads as one line")
				.doesNotContain("\n"));
		response.path("guides[0].sections[?(@.anchor == 'health-insurance')].heading")
			.entityList(String.class)
			.containsExactly("Health Insurance");
		response.path("guides[0].sections[?(@.anchor == 'health-insurance')].html")
			.entityList(String.class)
			.satisfies(html -> assertThat(html.getFirst()).startsWith("<p>"));
		response.path("guides[1].sections[*].anchor")
			.entityList(String.class)
			.contains("almaty", "shymbulak-ski-resort");
	}

	@Test
	void guideBySlugListsWhatItCovers() {
		for (String guide : List.of("top-places-to-visit", "residence-permit-guide")) {
			GraphQlTester.Response response = operation("GuideBySlug").variable("id", guide).execute();
			assertThat(response.path("guide.destinations[*].id").entityList(String.class).get())
				.as("destinations of %s", guide)
				.isEqualTo(ShippedContent.guide(guide).get("destinations"));
			assertThat(response.path("guide.permits[*].id").entityList(String.class).get()).as("permits of %s", guide)
				.isEqualTo(ShippedContent.guide(guide).get("permits"));
		}
		operation("GuideBySlug").variable("id", "top-places-to-visit")
			.execute()
			.path("guide.destinations[*].id")
			.entityList(String.class)
			.contains("almaty", "astana", "baikonur-cosmodrome");
		operation("GuideBySlug").variable("id", "residence-permit-guide")
			.execute()
			.path("guide.permits[*].id")
			.entityList(String.class)
			.contains("temporary-residence-permit", "permanent-residence-permit");
	}

	@Test
	void nodeResolvesAnyIdToItsType() {
		assertNode("kolsai-lakes", "Destination");
		assertNode("residence-permit-guide#health-insurance", "Section");
		assertNode("passport", "Document");
		assertNode("submit-application", "ApplicationStep");
		assertNode("criminal-record", "Requirement");
		assertNode("highly-qualified-specialist-residence-permit", "Permit");
		assertNode("top-places-to-visit", "Guide");
		operation("NodeById").variable("id", "nowhere").execute().path("node").valueIsNull();
	}

	private void assertNode(String id, String type) {
		operation("NodeById").variable("id", id)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo(type)
			.path("node.id")
			.entity(String.class)
			.isEqualTo(id);
	}

}
