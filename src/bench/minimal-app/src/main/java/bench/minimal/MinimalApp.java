package bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** One schema, one controller: the start-up of the stack itself, with no content to load or index. */
@SpringBootApplication
public class MinimalApp {

	public static void main(String[] args) {
		SpringApplication.run(MinimalApp.class, args);
	}

	@Controller
	static class Greetings {

		@QueryMapping
		String greeting(@Argument String name) {
			return "Hello, " + name;
		}

	}

}
