package kz.hub.graphql;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * The few platform threads that searches and suggestions run on, one per core; every
 * other controller runs on the request's own thread.
 * <p>
 * With virtual threads on, Boot hands every controller call to a new virtual thread and a
 * second servlet dispatch: for a lookup that costs a third of its rate, so lookups stay
 * on the request thread. A search is CPU-heavy: run on the request's virtual thread it
 * held the scheduler's carriers and left some requests waiting seconds; on a new virtual
 * thread each time it built Lucene's per-thread token streams anew for every search. On a
 * fixed pool of platform threads, one per core, neither happens (src/bench/README.md: p99
 * halved, requests/s up a tenth).
 */
final class SearchThreads implements BeanPostProcessor, DisposableBean {

	private final ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			Thread.ofPlatform().name("search-", 1).daemon().factory());

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof AnnotatedControllerConfigurer configurer) {
			configurer.setBlockingMethodPredicate(method -> method.getBeanType() == SearchController.class);
			configurer.setExecutor(this.threads);
		}
		return bean;
	}

	@Override
	public void destroy() {
		this.threads.shutdownNow();
	}

}
