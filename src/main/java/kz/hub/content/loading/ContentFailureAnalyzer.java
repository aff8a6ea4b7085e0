package kz.hub.content.loading;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a content error at start-up into one clear message instead of a wall of
 * bean-creation traces.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		String fix = (cause.file() != null) ? "Fix " + cause.file() : "Fix the content named above";
		return new FailureAnalysis("The content in index-data is invalid: " + cause.getMessage(),
				fix + " and start the hub again. Nothing was served.", cause);
	}

}
