package kz.hub.live;

import java.time.Instant;

/** Why the last reload was refused; the previous edition goes on serving. */
public record ReloadFailure(String message, Instant at) {
}
