package kz.hub.pages;

import java.util.function.Consumer;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages for people over real HTTP: addresses, languages, search, bad input, policy.
 */
@HubHttpTest
class PagesHttpTest {

	@Autowired
	WebTestClient client;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ru-RU;q=0.9,en;q=0.5|/ru/", "kk|/kk/", "de-DE|/en/", "''|/en/" })
	void rootRedirectsToTheReadersLanguageAndVariesByIt(String acceptLanguage, String target) {
		WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/");
		if (!acceptLanguage.isEmpty()) {
			request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		request.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.FOUND)
			.expectHeader()
			.value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith(target))
			.expectHeader()
			.value(HttpHeaders.VARY, vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
	}

	@ParameterizedTest
	@CsvSource({ "/{l}/", "/{l}/search?q=almaty", "/{l}/destinations/almaty", "/{l}/permits/temporary-residence-permit",
			"/{l}/guides/residence-permit-guide" })
	void everyPageTypeRendersInEachLanguageWithAlternates(String path) {
		for (String lang : new String[] { "en", "ru", "kk" }) {
			page(path.replace("{l}", lang), HttpStatus.OK,
					html -> assertThat(html).contains("<html lang=\"" + lang + "\"")
						.contains("hreflang=\"en\"")
						.contains("hreflang=\"ru\"")
						.contains("hreflang=\"kk\"")
						.contains("hreflang=\"x-default\"")
						.contains(">English</a>")
						.contains(">Русский</a>")
						.contains(">Қазақша</a>")
						.containsOnlyOnce("<h1"));
		}
	}

	@Test
	void russianSearchForAlmatyShowsAlmatyInRussian() {
		page("/ru/search?q=алматы", HttpStatus.OK,
				html -> assertThat(html).contains("id=\"hit-almaty\"")
					.contains("href=\"/ru/destinations/almaty\"")
					.contains("<mark>")
					.contains("role=\"status\"")
					.containsPattern("\\d+ результат")
					.contains("Фильтры"));
	}

	@Test
	void correctedSearchLinksToTheSearchForTheWordsAsTyped() {
		page("/en/search?q=almati&kind=LAKE", HttpStatus.OK,
				html -> assertThat(html).contains("id=\"corrected\"")
					.contains("<strong>almaty</strong>")
					.contains("<a id=\"as-typed\" href=\"/en/search?q=almati&amp;kind=LAKE&amp;exact=1\">"
							+ "Search instead for “almati”</a>"));
		page("/ru/search?q=almati", HttpStatus.OK, html -> assertThat(html).contains("Искать вместо этого «almati»"));
		page("/kk/search?q=almati", HttpStatus.OK, html -> assertThat(html).contains("Оның орнына «almati» іздеу"));
	}

	@Test
	void searchForTheWordsAsTypedShowsNoCorrectionAndItsLinksKeepIt() {
		page("/en/search?q=almati&kind=LAKE&exact=1", HttpStatus.OK, html -> {
			assertThat(html).doesNotContain("id=\"corrected\"").doesNotContain("id=\"as-typed\"");
			assertThat(html).as("the language switcher")
				.contains("href=\"/kk/search?q=almati&amp;kind=LAKE&amp;exact=1\"");
			assertThat(html).as("clearing the filters")
				.containsPattern("id=\"clear-filters\" href=\"/en/search\\?q=almati&amp;exact=1\"");
		});
		page("/en/search?q=canyom&exact=1", HttpStatus.OK,
				html -> assertThat(html).doesNotContain("id=\"corrected\"").contains("id=\"no-results\""));
		page("/en/search?q=canyom", HttpStatus.OK,
				html -> assertThat(html).contains("id=\"corrected\"").doesNotContain("id=\"no-results\""));
	}

	@Test
	void languageSwitcherKeepsTheQueryAndFilters() {
		page("/ru/search?q=lake&kind=LAKE", HttpStatus.OK,
				html -> assertThat(html).contains("href=\"/kk/search?q=lake&amp;kind=LAKE\""));
	}

	@Test
	void kindFilterShowsOnlyLakesWithAChipToRemoveIt() {
		page("/en/search?q=lake&kind=LAKE", HttpStatus.OK, html -> {
			assertThat(html).contains("id=\"hit-big-almaty-lake\"")
				.contains("id=\"chips\"")
				.contains("Kind of place: Lake");
			assertThat(html).doesNotContain("id=\"hit-kolsai-lakes\"").doesNotContain("id=\"hit-almaty\"");
			assertThat(html).containsPattern("id=\"clear-filters\" href=\"/en/search\\?q=lake\"")
				.doesNotContain("id=\"hit-residence-permit-guide");
		});
	}

	@Test
	void unknownIdIsANotFoundPageInTheReadersLanguage() {
		page("/ru/destinations/atlantis", HttpStatus.NOT_FOUND,
				html -> assertThat(html).contains("<html lang=\"ru\"").contains("Страница не найдена"));
		page("/kk/permits/nothing", HttpStatus.NOT_FOUND, html -> assertThat(html).contains("Бет табылмады"));
		page("/en/nowhere/at/all", HttpStatus.NOT_FOUND, html -> assertThat(html).contains("Page not found"));
	}

	@Test
	void unknownLanguagePrefixIsANotFoundPage() {
		client.get()
			.uri("/de/search?q=almaty")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("<html lang=\"ru\"").contains("Страница не найдена"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/en/search?q=|Type a word or two", "/en/search?q=almaty&kind=VOLCANO|“VOLCANO” is not one",
					"/en/search?q=almaty&activity=surfing|could not be run",
					"/en/search?q=almaty&after=%25%25|could not be run",
					"/ru/search?q=алматы&sort=DISTANCE|Выберите место",
					"/en/search?q=lake&near=atlantis|no place “atlantis”" })
	void badInputGetsTheSearchPageSayingWhatWasWrong(String uri, String message) {
		page(uri, HttpStatus.OK,
				html -> assertThat(html).contains("id=\"search-error\"").contains(message).contains("name=\"q\""));
	}

	@Test
	void nearAPlaceSortsThePlacesFoundByTheirDistanceFromIt() {
		page("/en/search?q=lake&near=almaty", HttpStatus.OK, html -> {
			assertThat(html).contains("<option value=\"almaty\" selected=\"selected\">Almaty</option>")
				.contains("Distance: ");
			int nearer = html.indexOf("id=\"hit-big-almaty-lake\"");
			int farther = html.indexOf("id=\"hit-kolsai-lakes\"");
			assertThat(nearer).isPositive().isLessThan(farther);
		});
		page("/en/search?q=lake&near=kolsai-lakes", HttpStatus.OK,
				html -> assertThat(html.indexOf("id=\"hit-kolsai-lakes\"")).isPositive()
					.isLessThan(html.indexOf("id=\"hit-big-almaty-lake\"")));
	}

	@Test
	void overLongQueryGetsTheSearchPageSayingWhatWasWrong() {
		page("/en/search?q=" + "a".repeat(600), HttpStatus.OK,
				html -> assertThat(html).contains("id=\"search-error\"").contains("the limit is 500"));
	}

	@Test
	void snippetsAreTheOnlyUnescapedText() {
		page("/en/search?q={q}", HttpStatus.OK,
				html -> assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;"), "<script>almaty");
	}

	@Test
	void permitShowsTheChecklistForTheChosenPurpose() {
		page("/en/permits/temporary-residence-permit?purpose=STUDY", HttpStatus.OK,
				html -> assertThat(html).contains("id=\"purpose-form\"")
					.contains("<option value=\"STUDY\" selected=\"selected\">")
					.contains("id=\"documents\"")
					.contains("href=\"/en/guides/residence-permit-guide#"));
	}

	@Test
	void guideSectionsCarryTheirAnchorsAsIds() {
		page("/en/guides/top-places-to-visit", HttpStatus.OK,
				html -> assertThat(html).contains("id=\"almaty\"").contains("href=\"#almaty\""));
	}

	@Test
	void pagePolicyAllowsOnlyTheHubsOwnScripts() {
		client.get()
			.uri("/en/")
			.exchange()
			.expectHeader()
			.value("Content-Security-Policy",
					policy -> assertThat(policy).contains("default-src 'self'")
						.contains("script-src 'self';")
						.contains("frame-ancestors 'none'")
						.doesNotContain("unsafe-inline"));
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectHeader()
			.value("Content-Security-Policy", policy -> assertThat(policy).startsWith("default-src 'none'"));
	}

	@Test
	void unknownPurposeSaysSoAndShowsTheFirstPurposesChecklist() {
		page("/en/permits/temporary-residence-permit?purpose=FLYING", HttpStatus.OK,
				html -> assertThat(html).contains("id=\"purpose-error\"")
					.contains("“FLYING” is not a purpose")
					.contains("<option value=\"WORK\" selected=\"selected\">"));
	}

	@Test
	void languageWithoutSlashRedirectsToItsSearchPage() {
		client.get()
			.uri("/kk")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/kk/"));
	}

	@Test
	void pagesAnswerOnlyReadingMethods() {
		client.post()
			.uri("/en/search?q=almaty")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
	}

	@Test
	void pagesAreCompressed() {
		client.get()
			.uri("/en/search?q=almaty")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
	}

	@Test
	void aPlaceIsOnTheMapWithThePlacesNearItEachALink() {
		page("/ru/destinations/almaty", HttpStatus.OK, html -> {
			String map = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
			assertThat(map).contains("class=\"map-land\"")
				.contains("Алматы и места рядом на карте Казахстана")
				.contains("href=\"/ru/destinations/almaty\"")
				.contains("href=\"/ru/destinations/shymbulak\"")
				.doesNotContain("style=");
		});
	}

	@Test
	void thePlacesFoundAreOnTheMapAndNothingElseIs() {
		page("/en/search?q=lake", HttpStatus.OK, html -> {
			String map = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
			assertThat(map).contains("href=\"/en/destinations/big-almaty-lake\"").doesNotContain("/en/permits/");
		});
		page("/en/search?q=passport", HttpStatus.OK, html -> assertThat(html).doesNotContain("<svg"));
	}

	@Test
	void pagesDescribeThemselvesAndNameTheirLanguagesWithWholeAddresses() {
		page("/kk/destinations/almaty", HttpStatus.OK, html -> {
			assertThat(html).containsPattern("<meta name=\"description\" content=\"[^\"]+\"")
				.containsPattern("hreflang=\"ru\" href=\"http://localhost:\\d+/ru/destinations/almaty\"")
				.containsPattern("hreflang=\"x-default\" href=\"http://localhost:\\d+/en/destinations/almaty\"")
				.contains("rel=\"icon\"");
		});
		client.get().uri("/site/icon.svg").exchange().expectStatus().isOk();
	}

	@ParameterizedTest
	@CsvSource({ "/ru/search?q=алматы", "/en/destinations/almaty", "/kk/guides/residence-permit-guide",
			"/site/search.js" })
	void aPageOrAssetIsCacheableAndRevalidatesWithNotModified(String uri) {
		String etag = client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL, "public, max-age=\\d+.*")
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).isNotBlank();
		client.get()
			.uri(uri)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
		// Another page, or the same in another language, is not the one held.
		String other = uri.startsWith("/ru/") ? uri.replace("/ru/", "/en/") : "/ru/search?q=астана";
		client.get().uri(other).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isOk();
	}

	@Test
	void stylesheetComesFromTheHub() {
		client.get().uri("/site/site.css").exchange().expectStatus().isOk();
	}

	@Test
	void searchScriptIsJavaScriptAndCompressed() {
		client.get()
			.uri("/site/search.js")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
	}

	private void page(String uri, HttpStatus status, Consumer<String> html, Object... variables) {
		client.get()
			.uri(uri, variables)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith("text/html")
			.expectBody(String.class)
			.value(body -> html.accept(body));
	}

}
