package kz.hub;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.annotation.AliasFor;

/**
 * A test of what a client sees: the hub on a random port, with an
 * {@code HttpGraphQlTester} and a {@code WebTestClient} bound to it over real HTTP, ready
 * to autowire.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
public @interface HubHttpTest {

	/** Settings for this test's hub, e.g. {@code "hub.search.result-cache-bytes=0"}. */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

}
