package kz.hub.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.hub.live.LiveContent;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writable copy of the packaged index-data, for tests that edit or break the content.
 * Registered as a JUnit extension ({@code @RegisterExtension final ContentFolder folder =
 * new ContentFolder();}) it is a fresh copy in a new folder for each test; as the folder
 * a Spring test's hub serves ({@link #served()}) it is put back after each test and the
 * hub reloads it.
 */
public final class ContentFolder implements BeforeEachCallback, AfterEachCallback {

	private Path root;

	private final boolean served;

	/** Each file's text as {@link #keep()} found it, by its path in the folder. */
	private Map<String, String> kept = Map.of();

	/** A copy made before each test and removed after it. */
	public ContentFolder() {
		this.served = false;
	}

	private ContentFolder(Path root, boolean served) {
		this.root = root;
		this.served = served;
	}

	/**
	 * A copy in a new folder for a Spring test's hub to serve and watch: register it as a
	 * static extension and hand it the registry from a {@code @DynamicPropertySource}
	 * method ({@link #serveTo}).
	 */
	public static ContentFolder served() {
		try {
			return new ContentFolder(copyInto(Files.createTempDirectory("served-content")).root, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		if (!served) {
			root = copyInto(Files.createTempDirectory("content")).root;
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (served) {
			restore();
			SpringExtension.getApplicationContext(context).getBean(LiveContent.class).reload();
		}
		else {
			FileSystemUtils.deleteRecursively(root);
		}
	}

	/** Copies every file of the packaged index-data into {@code root}. */
	public static ContentFolder copyInto(Path root) {
		try {
			String base = new PathMatchingResourcePatternResolver().getResource("classpath:index-data/")
				.getURL()
				.toString();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:index-data/**/*.*")) {
				String relative = resource.getURL().toString().substring(base.length());
				Path target = root.resolve(relative);
				Files.createDirectories(target.getParent());
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return new ContentFolder(root, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Has the hub serve this folder and watch it for edits, named by a plain path as
	 * people type it: a folder on disk, not a class-path resource. The folder is kept as
	 * it is now, to be put back after each test.
	 */
	public void serveTo(DynamicPropertyRegistry registry) {
		registry.add("hub.content.location", () -> path("").toString());
		registry.add("hub.content.watch", () -> "true");
		keep();
	}

	/**
	 * Remembers every file as it is now, for {@link #restore()}; a served folder is kept
	 * as it was copied.
	 */
	public void keep() {
		kept = files().stream().collect(Collectors.toMap(file -> file, this::read));
	}

	/**
	 * Puts every file back as {@link #keep()} found it: edited and deleted files return,
	 * new ones go.
	 */
	public void restore() {
		try {
			for (String file : files()) {
				if (!kept.containsKey(file)) {
					Files.delete(path(file));
				}
			}
			kept.forEach((file, text) -> {
				if (!Files.exists(path(file)) || !read(file).equals(text)) {
					write(file, text);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> files() {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The folder as a location for {@code hub.content.location}. */
	public String location() {
		return root.toUri().toString();
	}

	public Path path(String file) {
		return root.resolve(file);
	}

	public String read(String file) {
		try {
			return Files.readString(path(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void write(String file, String text) {
		try {
			Files.createDirectories(path(file).getParent());
			Files.writeString(path(file), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces text that must occur in the file, so a test cannot silently edit nothing.
	 */
	public void replace(String file, String from, String to) {
		String text = read(file);
		assertThat(text).as("%s should contain %s", file, from).contains(from);
		write(file, text.replace(from, to));
	}

	/** The 1-based line of the first occurrence of the text. */
	public int lineOf(String file, String text) {
		String content = read(file);
		int index = content.indexOf(text);
		assertThat(index).as("%s should contain %s", file, text).isNotNegative();
		return (int) content.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}

}
