package kz.hub.search;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/**
 * The time the models take to embed, all in one JVM and measured in turn round after
 * round, so that the load of a shared machine falls on each alike: wall and CPU time of
 * one query (the first 20 of the judged list, each with the model's query prefix) and of
 * the content's distinct English texts, on the calling thread as the hub embeds.
 */
final class EmbeddingLatency {

	private static final int QUERIES = 20;

	private static final int ROUNDS = 10;

	private static final int CONTENT_ROUNDS = 3;

	private EmbeddingLatency() {
	}

	static void measure(List<String> names, List<CandidateModel.Encoder> encoders, List<String> queries,
			List<String> passages) {
		// The process's CPU time, not the thread's: ONNX Runtime may run an inference on
		// its own pool as well as the calling thread. Read per batch, as it is coarse.
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		int models = encoders.size();
		for (CandidateModel.Encoder encoder : encoders) {
			encoder.queryPrefix(true);
			encoder.passages(false);
			for (int i = 0; i < 3; i++) {
				queries.forEach(encoder::encode);
			}
		}
		long[][] wall = new long[models][QUERIES * ROUNDS];
		long[][] cpu = new long[models][ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			for (int m = 0; m < models; m++) {
				CandidateModel.Encoder encoder = encoders.get(m);
				long beginCpu = os.getProcessCpuTime();
				for (int i = 0; i < QUERIES; i++) {
					long begin = System.nanoTime();
					encoder.encode(queries.get(i));
					wall[m][round * QUERIES + i] = System.nanoTime() - begin;
				}
				cpu[m][round] = (os.getProcessCpuTime() - beginCpu) / QUERIES;
			}
		}
		long[][] contentWall = new long[models][CONTENT_ROUNDS];
		long[][] contentCpu = new long[models][CONTENT_ROUNDS];
		for (int round = 0; round < CONTENT_ROUNDS; round++) {
			for (int m = 0; m < models; m++) {
				CandidateModel.Encoder encoder = encoders.get(m);
				encoder.passages(true);
				long begin = System.nanoTime();
				long beginCpu = os.getProcessCpuTime();
				passages.forEach(encoder::encode);
				contentCpu[m][round] = os.getProcessCpuTime() - beginCpu;
				contentWall[m][round] = System.nanoTime() - begin;
				encoder.passages(false);
			}
		}
		for (int m = 0; m < models; m++) {
			Arrays.sort(wall[m]);
			Arrays.sort(cpu[m]);
			Arrays.sort(contentWall[m]);
			Arrays.sort(contentCpu[m]);
			int p95 = (int) Math.ceil(0.95 * wall[m].length) - 1;
			System.out.printf(Locale.ROOT,
					"LATENCY %s: query wall mean %.2f ms p50 %.2f p95 %.2f (%d samples); process cpu a query %.2f ms"
							+ " (median of %d batches of %d); content %d texts wall median %.0f ms (min %.0f),"
							+ " cpu median %.0f ms%n",
					names.get(m), Arrays.stream(wall[m]).average().orElseThrow() / 1e6,
					wall[m][wall[m].length / 2] / 1e6, wall[m][p95] / 1e6, wall[m].length, cpu[m][ROUNDS / 2] / 1e6,
					ROUNDS, QUERIES, passages.size(), contentWall[m][CONTENT_ROUNDS / 2] / 1e6, contentWall[m][0] / 1e6,
					contentCpu[m][CONTENT_ROUNDS / 2] / 1e6);
		}
	}

}
