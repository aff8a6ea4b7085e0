package kz.hub.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import kz.hub.persisted.ShippedOperations;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page's scripts: the Suggest document they send by hash is the shipped one to
 * the byte, and together they stay small.
 */
class SearchScriptTest {

	private static final List<String> SCRIPTS = List.of("search.js", "suggest.js", "graphql.js");

	@Test
	void sendsTheShippedSuggestDocument() throws IOException {
		String script = read("suggest.js");
		int start = script.indexOf("const SUGGEST = `") + "const SUGGEST = `".length();
		String document = script.substring(start, script.indexOf('`', start));
		String shipped = ShippedOperations.load(new ClassPathResource(ShippedOperations.LOCATION))
			.documentsByName()
			.get("Suggest");
		assertThat(document).isEqualTo(shipped);
	}

	/**
	 * What a reader downloads is the gzipped size; the plain size, comments included,
	 * keeps the scripts a few KB to read.
	 */
	@Test
	void scriptsStaySmall() throws IOException {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		int size = 0;
		try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
			for (String name : SCRIPTS) {
				byte[] bytes = read(name).getBytes(StandardCharsets.UTF_8);
				size += bytes.length;
				gzip.write(bytes);
			}
		}
		assertThat(size).as("bytes of script").isLessThan(13_000);
		assertThat(zipped.size()).as("bytes of script, gzipped").isLessThan(5_000);
	}

	private static String read(String name) throws IOException {
		return new ClassPathResource("static/site/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

}
