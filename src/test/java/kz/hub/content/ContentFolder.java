package kz.hub.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writable copy of the packaged index-data, for tests that edit or break the content.
 * Registered as a JUnit extension ({@code @RegisterExtension final ContentFolder folder =
 * new ContentFolder();}) it is a fresh copy in a new folder for each test.
 */
public final class ContentFolder implements BeforeEachCallback, AfterEachCallback {

	private Path root;

	/** A copy made before each test and removed after it. */
	public ContentFolder() {
	}

	private ContentFolder(Path root) {
		this.root = root;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		root = copyInto(Files.createTempDirectory("content")).root;
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		FileSystemUtils.deleteRecursively(root);
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
			return new ContentFolder(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy in a new folder that the hub of a Spring test serves, and watches for edits:
	 * call it from a {@code @DynamicPropertySource} method. It is named by a plain path,
	 * as people type it: a folder on disk, not a class-path resource.
	 */
	public static ContentFolder servedBy(DynamicPropertyRegistry registry) {
		try {
			ContentFolder folder = copyInto(Files.createTempDirectory("served-content"));
			registry.add("hub.content.location", () -> folder.path("").toString());
			registry.add("hub.content.watch", () -> "true");
			return folder;
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
