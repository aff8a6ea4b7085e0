package kz.hub.insights;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/searches}: what people searched in the content served now. Off the web
 * unless {@code management.endpoints.web.exposure.include} lists {@code searches}.
 */
@Endpoint(id = "searches")
public class SearchesEndpoint {

	private final SearchLog log;

	public SearchesEndpoint(SearchLog log) {
		this.log = log;
	}

	@ReadOperation
	public SearchReport searches() {
		return log.report();
	}

}
