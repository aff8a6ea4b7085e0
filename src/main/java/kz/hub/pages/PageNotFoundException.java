package kz.hub.pages;

/**
 * No page at this address: an unknown language prefix or item id; answered with a 404
 * page.
 */
class PageNotFoundException extends RuntimeException {

	PageNotFoundException(String what) {
		super(what);
	}

}
