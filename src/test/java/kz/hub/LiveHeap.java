package kz.hub;

import java.lang.management.ManagementFactory;

/**
 * The heap still in use after full collections, for tests that check a cache's bound
 * holds in bytes of heap rather than in the units it counts.
 */
public final class LiveHeap {

	private LiveHeap() {
	}

	/** Bytes of heap in use once garbage is collected. */
	public static long bytes() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return used;
	}

}
