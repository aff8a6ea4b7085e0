package kz.hub.benchmark;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * A constant JSON answer of the size of a permit lookup, through the same server, filters
 * and HTTP stack: what the permit lookup's speed is compared with. Only with
 * {@code hub.benchmark.baseline=true}.
 */
@RestController
@ConditionalOnBooleanProperty("hub.benchmark.baseline")
class BaselineController {

	private static final String PERMIT_SIZED_ANSWER = """
			{"data":{"permit":{"id":"temporary-residence-permit","name":"Temporary Residence Permit","kind":"TEMPORARY"}}}""";

	@RequestMapping(path = "/benchmark/constant", method = { RequestMethod.GET, RequestMethod.POST },
			produces = MediaType.APPLICATION_JSON_VALUE)
	String constant() {
		return PERMIT_SIZED_ANSWER;
	}

}
