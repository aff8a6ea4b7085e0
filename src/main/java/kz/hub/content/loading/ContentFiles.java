package kz.hub.content.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.hub.content.Language;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The files of one content folder as text: only files really inside the folder, only
 * valid UTF-8, and errors that name a file relative to the folder, never the machine's
 * paths.
 */
final class ContentFiles {

	/**
	 * A resource location starts with a scheme such as {@code classpath:} or
	 * {@code file:}.
	 */
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:");

	private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private final String base;

	/** The folder's real path when it is on disk; null for one inside a jar. */
	private final Path realFolder;

	/**
	 * @param location a folder as a Spring resource location ({@code classpath:},
	 * {@code file:}) or a plain path on disk, as people type it
	 */
	ContentFiles(String location) {
		String resourceLocation = SCHEME.matcher(location).find() ? location
				: Path.of(location).toAbsolutePath().toUri().toString();
		this.base = resourceLocation.endsWith("/") ? resourceLocation : resourceLocation + "/";
		this.realFolder = realFolder(resources.getResource(base));
	}

	private static Path realFolder(Resource folder) {
		try {
			return folder.isFile() ? folder.getFile().toPath().toRealPath() : null;
		}
		catch (IOException ex) {
			throw new ContentException("the content folder cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	/** The text of a file that must be there. */
	String read(String file) {
		return readIfPresent(file)
			.orElseThrow(() -> new ContentException(file, 0, null, "is missing from the content folder"));
	}

	Optional<String> readIfPresent(String file) {
		Resource resource = resources.getResource(base + file);
		return resource.exists() ? Optional.of(read(file, resource)) : Optional.empty();
	}

	/**
	 * The names, relative to the content folder, of a sub-folder's files whose names end
	 * with the suffix, sorted.
	 */
	List<String> list(String folder, String suffix) {
		try {
			return Arrays.stream(resources.getResources(base + folder + "*" + suffix))
				.map(resource -> folder + resource.getFilename())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new ContentException(folder, 0, null, "cannot be listed: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * The name of a file's translation, beside it: {@code permits.yaml} in Russian is
	 * {@code permits.ru.yaml}.
	 */
	static String translationOf(String file, Language language) {
		int dot = file.lastIndexOf('.');
		return file.substring(0, dot) + "." + language.tag() + file.substring(dot);
	}

	private String read(String file, Resource resource) {
		try {
			checkInsideFolder(file, resource);
			return decode(file, readBounded(file, resource));
		}
		catch (IOException ex) {
			// The exception's own message is often the absolute path: name the file only.
			throw new ContentException(file, 0, null, "cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * The file's bytes, at most its kind's limit: a larger file is refused by its size
	 * before any of it is read, and reading stops one byte past the limit, so a file that
	 * grows meanwhile is still refused without being read whole.
	 */
	private static byte[] readBounded(String file, Resource resource) throws IOException {
		int limit = ContentLimits.maxBytes(file);
		long size = resource.contentLength();
		if (size > limit) {
			throw tooLarge(file, String.valueOf(size), limit);
		}
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readNBytes(limit + 1);
		}
		if (bytes.length > limit) {
			throw tooLarge(file, "more than " + limit, limit);
		}
		return bytes;
	}

	private static ContentException tooLarge(String file, String size, int limit) {
		return new ContentException(file, 0, null, "is " + size + " bytes, the limit is " + limit + " bytes");
	}

	/**
	 * A link inside the folder to a file outside it would serve any file the hub can
	 * read, so it is refused.
	 */
	private void checkInsideFolder(String file, Resource resource) throws IOException {
		if (realFolder != null && resource.isFile()
				&& !resource.getFile().toPath().toRealPath().startsWith(realFolder)) {
			throw new ContentException(file, 0, null,
					"is a link to a file outside the content folder; copy the file into the folder instead");
		}
	}

	/**
	 * Decodes strictly: a byte that is not UTF-8 is an error at its line, never U+FFFD.
	 */
	static String decode(String file, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int at = Math.min(in.position(), bytes.length - 1);
			int line = 1;
			for (int i = 0; i < at; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new ContentException(file, line, null, String
				.format("is not valid UTF-8: byte 0x%02X at offset %d; save the file as UTF-8", bytes[at] & 0xFF, at));
		}
		return out.flip().toString();
	}

}
