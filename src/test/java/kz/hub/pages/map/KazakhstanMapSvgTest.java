package kz.hub.pages.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rendered SVG is well-formed, named, escaped, and has links but no style or script.
 */
class KazakhstanMapSvgTest {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	private final KazakhstanMap map = KazakhstanMap.instance();

	private final List<MapPoint> points = List.of(
			new MapPoint("charyn-canyon", "Шарын шатқалы", 43.35, 79.07, "/kk/destinations/charyn-canyon"),
			new MapPoint("baikonur", "Байқоңыр", 45.6167, 63.3167, "/kk/destinations/baikonur?from=map&x=1"));

	@Test
	void eachPointIsALinkNamedByItsLabel() throws Exception {
		Document svg = parse(this.map.render("Қазақстан картасы", this.points));
		NodeList links = svg.getElementsByTagNameNS(SVG_NS, "a");
		assertThat(links.getLength()).isEqualTo(2);
		Element first = (Element) links.item(0);
		assertThat(first.getAttribute("href")).isEqualTo("/kk/destinations/charyn-canyon");
		assertThat(first.getAttribute("aria-label")).isEqualTo("Шарын шатқалы");
		assertThat(first.getAttribute("data-id")).isEqualTo("charyn-canyon");
		assertThat(first.getAttribute("class")).isEqualTo("map-point");
		assertThat(first.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent()).isEqualTo("Шарын шатқалы");
		assertThat(first.getElementsByTagNameNS(SVG_NS, "circle").getLength()).isEqualTo(1);
		Element second = (Element) links.item(1);
		assertThat(second.getAttribute("href")).isEqualTo("/kk/destinations/baikonur?from=map&x=1");
	}

	@Test
	void theSvgIsNamedByItsTitleInThePagesLanguage() throws Exception {
		Element root = parse(this.map.render("Карта Казахстана", this.points)).getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("group");
		Element title = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
		assertThat(title.getParentNode()).isSameAs(root);
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
		assertThat(title.getTextContent()).isEqualTo("Карта Казахстана");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1000 575");
	}

	@Test
	void aMapWithoutPointsIsOneImage() throws Exception {
		Element root = parse(this.map.render("Map of Kazakhstan", List.of())).getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		Element land = (Element) root.getElementsByTagNameNS(SVG_NS, "path").item(0);
		assertThat(land.getAttribute("class")).isEqualTo("map-land");
		assertThat(land.getAttribute("d")).isEqualTo(this.map.outlinePath());
	}

	@Test
	void labelsTitlesAndIdsAreEscaped() throws Exception {
		String hostile = "<script>alert(1)</script>&\"'";
		MapPoint point = new MapPoint("a\"b<c", hostile, 43.2389, 76.8897, "/en/x?a=1&b=\"2\"");
		String rendered = this.map.render(hostile, List.of(point));
		assertThat(rendered).doesNotContain("<script").doesNotContain("&\"").contains("&lt;script&gt;");
		Document svg = parse(rendered);
		assertThat(svg.getElementsByTagName("script").getLength()).isZero();
		Element link = (Element) svg.getElementsByTagNameNS(SVG_NS, "a").item(0);
		assertThat(link.getAttribute("aria-label")).isEqualTo(hostile);
		assertThat(link.getAttribute("data-id")).isEqualTo("a\"b<c");
		assertThat(link.getAttribute("href")).isEqualTo("/en/x?a=1&b=\"2\"");
		assertThat(svg.getDocumentElement().getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
			.isEqualTo(hostile);
	}

	@Test
	void theSvgHasNoStyleAttributeNorScript() {
		String rendered = this.map.render("Kazakhstan", this.points);
		assertThat(rendered).doesNotContainIgnoringCase("style").doesNotContainIgnoringCase("script");
		assertThat(rendered).doesNotContainIgnoringCase(" on");
	}

	@Test
	void aMapNeedsATitle() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.map.render(" ", this.points));
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

}
