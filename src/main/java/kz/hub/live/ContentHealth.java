package kz.hub.live;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

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

	private final Optional<ContentWatcher> watcher;

	/**
	 * @param watcher the watcher when {@code hub.content.watch} is on, so health says
	 * whether changes are picked up
	 */
	public ContentHealth(LiveContent live, Optional<ContentWatcher> watcher) {
		this.live = live;
		this.watcher = watcher;
	}

	@Override
	public Health health() {
		Edition edition = live.current();
		// A refused reload still serves the last good content, and a watcher that stopped
		// leaves it serving too: the hub stays up and says what went wrong.
		Health.Builder health = Health.up()
			.withDetail("version", edition.content().version())
			.withDetail("loadedAt", edition.loadedAt().toString())
			.withDetail("counts", edition.content().counts())
			.withDetail("searchDocuments", edition.index().size())
			.withDetail("missingTranslations", missingTranslations(edition))
			.withDetail("meaning", live.meaning());
		live.meaningFailure()
			.ifPresent(failure -> health.withDetail("meaningError",
					Map.of("message", failure.message(), "at", failure.at().toString())));
		live.lastFailure()
			.ifPresent(failure -> health.withDetail("lastError",
					Map.of("message", failure.message(), "at", failure.at().toString())));
		watcher.ifPresent(watch -> {
			health.withDetail("watching", watch.watching());
			watch.problem().ifPresent(problem -> health.withDetail("watchProblem", problem));
		});
		return health.build();
	}

	/**
	 * Per language tag, what still answers in English: a translation that lags is served,
	 * and listed here for the translators.
	 */
	private static Map<String, List<String>> missingTranslations(Edition edition) {
		Map<String, List<String>> missing = new TreeMap<>();
		edition.content().missingTranslations().forEach((language, items) -> missing.put(language.tag(), items));
		return missing;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Edition edition = live.current();
		builder.withDetail("content",
				Map.of("version", edition.content().version(), "loadedAt", edition.loadedAt().toString()));
	}

}
