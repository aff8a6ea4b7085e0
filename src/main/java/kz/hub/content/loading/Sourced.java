package kz.hub.content.loading;

/** An item with the file and line it was authored at, so link errors can point at it. */
record Sourced<T>(T item, String file, int line) {

	ContentException error(String field, String problem) {
		return new ContentException(file, line, field, problem);
	}

}
