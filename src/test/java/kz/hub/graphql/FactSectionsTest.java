package kz.hub.graphql;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every kind of fact answers the guide section that explains it, with that section's
 * guide.
 */
@HubHttpTest
class FactSectionsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void eachKindOfFactAnswersItsSection() {
		GraphQlTester.Response response = graphQl.document("""
				{
				  permit(id: "permanent-residence-permit") { section { id guide { id } } }
				  requirement(id: "health-insurance") { section { id heading } }
				  document(id: "passport") { section { id } }
				  step(id: "submit-application") { section { id } }
				  destination(id: "charyn-canyon") { section { id anchor guide { id } } }
				}""").execute();
		response.path("permit.section.id")
			.entity(String.class)
			.isEqualTo("residence-permit-guide#permanent-residence-permit");
		response.path("permit.section.guide.id").entity(String.class).isEqualTo("residence-permit-guide");
		response.path("requirement.section.id")
			.entity(String.class)
			.isEqualTo("residence-permit-guide#health-insurance");
		response.path("requirement.section.heading").entity(String.class).isEqualTo("Health Insurance");
		response.path("document.section.id")
			.entity(String.class)
			.isEqualTo("residence-permit-guide#gather-required-documents");
		response.path("step.section.id")
			.entity(String.class)
			.isEqualTo("residence-permit-guide#submit-your-application");
		response.path("destination.section.id").entity(String.class).isEqualTo("top-places-to-visit#charyn-canyon");
		response.path("destination.section.anchor").entity(String.class).isEqualTo("charyn-canyon");
		response.path("destination.section.guide.id").entity(String.class).isEqualTo("top-places-to-visit");
	}

	@Test
	void factsInAListAnswerTheirOwnSections() {
		graphQl.document("{ steps { id section { id } } }")
			.execute()
			.path("steps[*].section.id")
			.entityList(String.class)
			.containsExactly("residence-permit-guide#obtain-an-invitation-letter",
					"residence-permit-guide#gather-required-documents",
					"residence-permit-guide#submit-your-application",
					"residence-permit-guide#collect-your-residence-permit");
	}

}
