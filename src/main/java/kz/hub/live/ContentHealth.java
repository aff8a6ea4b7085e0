package kz.hub.live;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code content} component of /actuator/health and the content version in
 * /actuator/info.
 */
public class ContentHealth implements HealthIndicator, InfoContributor {

	private final LiveContent live;

	public ContentHealth(LiveContent live) {
		this.live = live;
	}

	@Override
	public Health health() {
		Edition edition = live.current();
		// A refused reload still serves the last good content, so the hub stays up and
		// says what went wrong.
		Health.Builder health = Health.up()
			.withDetail("version", edition.content().version())
			.withDetail("loadedAt", edition.loadedAt().toString())
			.withDetail("counts", edition.content().counts())
			.withDetail("searchDocuments", edition.index().size());
		live.lastFailure()
			.ifPresent(failure -> health.withDetail("lastError",
					Map.of("message", failure.message(), "at", failure.at().toString())));
		return health.build();
	}

	@Override
	public void contribute(Info.Builder builder) {
		Edition edition = live.current();
		builder.withDetail("content",
				Map.of("version", edition.content().version(), "loadedAt", edition.loadedAt().toString()));
	}

}
